package vn.congvu.domain.scoring;

/** A visit's overall grade from its score, best first. Thresholds live in {@link GradeScale}. */
public enum Grade {
    /** tốt */
    EXCELLENT,
    /** khá */
    GOOD,
    /** trung bình */
    AVERAGE,
    /** kém / yếu */
    POOR
}
