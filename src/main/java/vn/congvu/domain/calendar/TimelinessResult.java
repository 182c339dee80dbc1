package vn.congvu.domain.calendar;

import java.util.Objects;

/**
 * A dossier's {@link Timeliness} and by how many working days it is late: 0 exactly when it is not
 * overdue.
 */
public record TimelinessResult(Timeliness timeliness, int workingDaysLate) {

    public TimelinessResult {
        Objects.requireNonNull(timeliness, "timeliness");
        if (workingDaysLate < 0 || timeliness.isOverdue() != (workingDaysLate > 0)) {
            throw new IllegalArgumentException(timeliness + " with " + workingDaysLate + " working days late");
        }
    }
}
