package vn.congvu.domain.scoring;

/** Officials on duty found at a visit (or summed over visits), and how many breached discipline. */
public record OfficialTally(int total, int withViolation) {

    public static final OfficialTally NONE = new OfficialTally(0, 0);

    public OfficialTally {
        if (withViolation < 0 || withViolation > total) {
            throw new IllegalArgumentException("inconsistent official tally " + withViolation + "/" + total);
        }
    }

    public Rate violationRate() {
        return new Rate(withViolation, total);
    }

    public OfficialTally plus(OfficialTally other) {
        return new OfficialTally(total + other.total, withViolation + other.withViolation);
    }
}
