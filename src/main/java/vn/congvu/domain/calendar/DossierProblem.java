package vn.congvu.domain.calendar;

import java.util.List;

/**
 * What can be wrong with a sampled dossier's dates and limit. Stable codes: the UI and the command line
 * translate them and mark {@link #fields()}.
 *
 * <p>An error means the record contradicts itself or lacks what the deadline rules need, so its
 * timeliness cannot be trusted; a warning means the record is possible but worth a second look.
 */
public enum DossierProblem {
    MISSING_RECEIVED_AT(true, DossierField.RECEIVED_AT),
    MISSING_LIMIT_KIND(true, DossierField.LIMIT_KIND),
    NEGATIVE_LIMIT(true, DossierField.LIMIT_DAYS),
    /** Above {@link DueDateCalculator#MAX_LIMIT_DAYS}: almost surely a typing slip. */
    LIMIT_TOO_LARGE(true, DossierField.LIMIT_DAYS),
    MISSING_DUE_DATE(true, DossierField.DUE_DATE),
    DUE_DATE_BEFORE_RECEIPT_DAY(true, DossierField.DUE_DATE, DossierField.RECEIVED_AT),
    RETURNED_BEFORE_RECEIVED(true, DossierField.RETURNED_AT, DossierField.RECEIVED_AT),
    /** Received after the date the check is made as of (usually the visit): a typing slip. */
    RECEIVED_AFTER_AS_OF(true, DossierField.RECEIVED_AT),
    RETURNED_AFTER_AS_OF(true, DossierField.RETURNED_AT),
    /** Deadlines falling on a day off move to the next working day, so a slip dated on one is suspect. */
    DUE_DATE_ON_DAY_OFF(false, DossierField.DUE_DATE),
    /**
     * The recorded due date is not the one the rules give; the unit may have written a wrong date on the
     * receipt slip, or the cut-off or holiday data may be wrong.
     */
    DUE_DATE_DIFFERS_FROM_RULES(false, DossierField.DUE_DATE),
    /** The receipt or due date lies in a year the holiday data does not cover. */
    NO_HOLIDAY_DATA_FOR_YEAR(false, DossierField.RECEIVED_AT, DossierField.DUE_DATE),
    /** Overdue, and whether an apology slip was issued was not recorded. */
    APOLOGY_NOT_RECORDED(false, DossierField.APOLOGY_ISSUED);

    private final boolean error;
    private final List<DossierField> fields;

    DossierProblem(boolean error, DossierField... fields) {
        this.error = error;
        this.fields = List.of(fields);
    }

    /** True for an error, false for a warning. */
    public boolean isError() {
        return error;
    }

    /** The fields to mark, the main one first. */
    public List<DossierField> fields() {
        return fields;
    }
}
