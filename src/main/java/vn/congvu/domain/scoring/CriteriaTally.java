package vn.congvu.domain.scoring;

/**
 * How the criteria of a visit were answered. {@code answered = passed + failed + notApplicable}.
 */
public record CriteriaTally(int total, int answered, int passed, int failed, int notApplicable) {

    public CriteriaTally {
        if (total < 0 || passed < 0 || failed < 0 || notApplicable < 0
                || answered != passed + failed + notApplicable || answered > total) {
            throw new IllegalArgumentException("inconsistent criteria tally " + total + "/" + answered + "/"
                    + passed + "/" + failed + "/" + notApplicable);
        }
    }

    /** Answered out of all criteria. */
    public Rate completion() {
        return new Rate(answered, total);
    }

    /** Passed out of those with a verdict; "not applicable" counts neither way. */
    public Rate passRate() {
        return new Rate(passed, passed + failed);
    }
}
