package vn.congvu.domain.scoring;

/**
 * A count out of a count, e.g. 3 overdue dossiers out of 12. Kept as the two counts so reports can show
 * "3/12" and sums over visits stay exact; {@link #percent()} is null, never NaN, when nothing was counted.
 */
public record Rate(int numerator, int denominator) {

    /** 0 out of 0. */
    public static final Rate UNDEFINED = new Rate(0, 0);

    public Rate {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("negative rate " + numerator + "/" + denominator);
        }
        if (numerator > denominator) {
            throw new IllegalArgumentException("numerator above denominator " + numerator + "/" + denominator);
        }
    }

    public boolean isDefined() {
        return denominator > 0;
    }

    /** 0–100, or null when the denominator is 0. */
    public Double percent() {
        return isDefined() ? 100.0 * numerator / denominator : null;
    }

    /** Both counts added, e.g. to total a rate over visits. */
    public Rate plus(Rate other) {
        return new Rate(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
    }
}
