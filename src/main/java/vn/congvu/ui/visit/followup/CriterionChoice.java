package vn.congvu.ui.visit.followup;

/** One entry of the criterion chooser: the criterion's id (null for none) and "1.2 — Đeo thẻ…". */
public record CriterionChoice(String id, String label) {

    @Override
    public String toString() {
        return label;
    }
}
