package vn.congvu.domain;

/** Whether a procedure's time limit counts working days (the usual case) or calendar days. */
public enum LimitKind {
    WORKING_DAYS, CALENDAR_DAYS
}
