package vn.congvu.domain.calendar;

/** Whether a dossier was, or is being, resolved within its time limit, as of a given date. */
public enum Timeliness {
    /** Returned on or before the due date. */
    ON_TIME,
    /** Returned after the due date. */
    LATE,
    /** Not returned yet, and the due date has not passed. */
    PENDING,
    /** Not returned yet, and the due date has passed. */
    PENDING_OVERDUE;

    /** True when the dossier is past its deadline, returned or not (hồ sơ quá hạn). */
    public boolean isOverdue() {
        return this == LATE || this == PENDING_OVERDUE;
    }
}
