package vn.congvu.domain.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

import vn.congvu.domain.Dossier;

/**
 * Classifies a sampled dossier from its recorded due date and return time, as of a date (usually the
 * visit date).
 *
 * <p>Dates, not times, decide: a dossier returned at 17:00 on its due date is on time. A return after the
 * as-of date is treated as not yet returned as of that date, so a report made "as of the visit" does not
 * use what was learned later. Lateness is the number of working days after the due date up to the return
 * (or the as-of date), and at least 1: a dossier returned on a Saturday after a Friday deadline is late
 * although no working day was lost, and "late by 0" would read as on time.
 */
public final class DossierTimeliness {

    private final WorkingDayCalendar calendar;

    public DossierTimeliness(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Empty when the dossier has no due date, since nothing can then be said about its timeliness. */
    public Optional<TimelinessResult> classify(Dossier dossier, LocalDate asOf) {
        Objects.requireNonNull(dossier, "dossier");
        if (dossier.dueDate() == null) {
            Objects.requireNonNull(asOf, "asOf");
            return Optional.empty();
        }
        return Optional.of(classify(dossier.dueDate(), dossier.returnedAt(), asOf));
    }

    /** @param returnedAt null when not returned */
    public TimelinessResult classify(LocalDate dueDate, LocalDateTime returnedAt, LocalDate asOf) {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate returnDay = returnedAt == null ? null : returnedAt.toLocalDate();
        if (returnDay != null && !returnDay.isAfter(asOf)) {
            return returnDay.isAfter(dueDate)
                    ? new TimelinessResult(Timeliness.LATE, workingDaysLate(dueDate, returnDay))
                    : new TimelinessResult(Timeliness.ON_TIME, 0);
        }
        return asOf.isAfter(dueDate)
                ? new TimelinessResult(Timeliness.PENDING_OVERDUE, workingDaysLate(dueDate, asOf))
                : new TimelinessResult(Timeliness.PENDING, 0);
    }

    private int workingDaysLate(LocalDate dueDate, LocalDate day) {
        return Math.max(1, calendar.workingDaysAfter(dueDate, day));
    }
}
