package vn.congvu.domain;

public enum VisitStatus {
    /** being recorded at the counter */
    IN_PROGRESS,
    /** recording ended, minutes not yet signed */
    COMPLETED,
    /** minutes signed and the visit locked */
    FINALISED
}
