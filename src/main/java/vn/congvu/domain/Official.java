package vn.congvu.domain;

/**
 * A cán bộ, công chức on duty at the counter, as found at the visit. The booleans are null when not
 * observed.
 */
public record Official(String id, String visitId, String fullName, String position, Boolean badgeWorn,
                       Boolean dressOk, Boolean presentAtPost, Attitude attitude, String note, int sortOrder,
                       long revision) {

    /** True when anything observed about this person is a breach of discipline. */
    public boolean hasViolation() {
        return Boolean.FALSE.equals(badgeWorn) || Boolean.FALSE.equals(dressOk)
                || Boolean.FALSE.equals(presentAtPost) || attitude == Attitude.POOR;
    }
}
