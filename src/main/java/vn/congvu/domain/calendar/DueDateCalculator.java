package vn.congvu.domain.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

import vn.congvu.domain.LimitKind;

/**
 * The date by which a dossier must be returned (ngày hẹn trả kết quả).
 *
 * <p>A dossier received on a day off, or on a working day at or after the afternoon cut-off, is deemed
 * received on the next working day. The day of receipt is never counted. A working-day limit ends on the
 * n-th working day after the (deemed) receipt day; a calendar-day limit ends n calendar days after it,
 * moved to the next working day when that is a day off. A limit of 0 ("trả ngay trong ngày") ends on
 * the deemed receipt day.
 *
 * <p>The cut-off hour is a constructor argument because the real hour is still to be verified by users.
 */
public final class DueDateCalculator {

    /**
     * The largest limit accepted. No procedure in the national database has a limit near a year; anything
     * above is taken for a typing slip rather than silently producing a date far in the future.
     */
    public static final int MAX_LIMIT_DAYS = 365;

    private final WorkingDayCalendar calendar;
    private final LocalTime afternoonCutoff;

    public DueDateCalculator(WorkingDayCalendar calendar, LocalTime afternoonCutoff) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.afternoonCutoff = Objects.requireNonNull(afternoonCutoff, "afternoonCutoff");
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public LocalTime afternoonCutoff() {
        return afternoonCutoff;
    }

    /** The working day the dossier counts as received on; the period starts after it. */
    public LocalDate effectiveReceiptDay(LocalDateTime receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        LocalDate day = receivedAt.toLocalDate();
        boolean inTime = receivedAt.toLocalTime().isBefore(afternoonCutoff);
        return calendar.isWorkingDay(day) && inTime ? day : calendar.nextWorkingDay(day);
    }

    /**
     * @throws InvalidLimitException when {@code limitDays} is negative or above {@link #MAX_LIMIT_DAYS}
     */
    public LocalDate dueDate(LocalDateTime receivedAt, int limitDays, LimitKind kind) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(kind, "kind");
        checkLimit(limitDays);
        LocalDate start = effectiveReceiptDay(receivedAt);
        return switch (kind) {
            case WORKING_DAYS -> calendar.plusWorkingDays(start, limitDays);
            case CALENDAR_DAYS -> calendar.workingDayOnOrAfter(start.plusDays(limitDays));
        };
    }

    /**
     * @throws InvalidLimitException when {@code limitDays} is outside 0..{@link #MAX_LIMIT_DAYS}
     */
    public static void checkLimit(int limitDays) {
        if (limitDays < 0) {
            throw new InvalidLimitException(DossierProblem.NEGATIVE_LIMIT, limitDays);
        }
        if (limitDays > MAX_LIMIT_DAYS) {
            throw new InvalidLimitException(DossierProblem.LIMIT_TOO_LARGE, limitDays);
        }
    }
}
