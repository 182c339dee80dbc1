package vn.congvu.domain.scoring;

/**
 * The lowest score (inclusive, 0–100) of each grade above {@link Grade#POOR}. The real thresholds are
 * still to be verified by users, so the scale is data; {@link #DEFAULT} is only a starting point.
 */
public record GradeScale(double excellentFrom, double goodFrom, double averageFrom) {

    /** ≥ 90 excellent, ≥ 75 good, ≥ 50 average, else poor: a draft, to be confirmed. */
    public static final GradeScale DEFAULT = new GradeScale(90, 75, 50);

    public GradeScale {
        if (!(excellentFrom <= 100 && excellentFrom > goodFrom && goodFrom > averageFrom && averageFrom >= 0)) {
            throw new IllegalArgumentException("grade thresholds must satisfy 100 >= excellent > good > average >= 0: "
                    + excellentFrom + ", " + goodFrom + ", " + averageFrom);
        }
    }

    /** The grade of a score, or null when there is no score. */
    public Grade gradeOf(Double score) {
        if (score == null) {
            return null;
        }
        if (score >= excellentFrom) {
            return Grade.EXCELLENT;
        }
        if (score >= goodFrom) {
            return Grade.GOOD;
        }
        return score >= averageFrom ? Grade.AVERAGE : Grade.POOR;
    }
}
