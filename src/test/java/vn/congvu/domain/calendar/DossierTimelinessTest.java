package vn.congvu.domain.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.domain.calendar.DossierBuilder.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class DossierTimelinessTest {

    private final DossierTimeliness timeliness = new DossierTimeliness(VietnameseCalendars.calendar2025And2026());

    private static final LocalDate DUE_TUESDAY = of(2025, 3, 18);
    private static final LocalDate DUE_FRIDAY = of(2025, 3, 14);

    private TimelinessResult returned(LocalDate due, LocalDateTime returnedAt) {
        // judged well after the return, so only the return matters
        return timeliness.classify(due, returnedAt, of(2025, 12, 31));
    }

    @Test
    void returnedOnTheDueDateItselfIsOnTimeEvenLateInTheDay() {
        assertThat(returned(DUE_TUESDAY, LocalDateTime.of(2025, 3, 18, 16, 45)))
                .isEqualTo(new TimelinessResult(Timeliness.ON_TIME, 0));
    }

    @Test
    void returnedBeforeTheDueDateIsOnTime() {
        assertThat(returned(DUE_TUESDAY, LocalDateTime.of(2025, 3, 12, 8, 0)))
                .isEqualTo(new TimelinessResult(Timeliness.ON_TIME, 0));
    }

    @Test
    void returnedTheDayAfterTheDueDateIsLateByOneWorkingDay() {
        assertThat(returned(DUE_TUESDAY, LocalDateTime.of(2025, 3, 19, 8, 0)))
                .isEqualTo(new TimelinessResult(Timeliness.LATE, 1));
    }

    @Test
    void lateOverAWeekendCountsWorkingDaysOnly() {
        assertThat(returned(DUE_FRIDAY, LocalDateTime.of(2025, 3, 17, 9, 0)))
                .isEqualTo(new TimelinessResult(Timeliness.LATE, 1));
        assertThat(returned(DUE_FRIDAY, LocalDateTime.of(2025, 3, 18, 9, 0)))
                .isEqualTo(new TimelinessResult(Timeliness.LATE, 2));
    }

    @Test
    void returnedOnTheSaturdayAfterAFridayDeadlineIsLateByOne() {
        assertThat(returned(DUE_FRIDAY, LocalDateTime.of(2025, 3, 15, 9, 0)))
                .isEqualTo(new TimelinessResult(Timeliness.LATE, 1));
    }

    @Test
    void lateOverTetDoesNotCountTheHolidays() {
        // due Fri 24/1/2025, returned Mon 3/2: Tết 27–31/1 and two weekends in between
        assertThat(returned(of(2025, 1, 24), LocalDateTime.of(2025, 2, 3, 9, 0)))
                .isEqualTo(new TimelinessResult(Timeliness.LATE, 1));
    }

    @Test
    void lateOverTheMayBridgeCountsOnlyWorkingDays() {
        // due Tue 29/4/2025, returned Tue 6/5: Mon 5 and Tue 6 count
        assertThat(returned(of(2025, 4, 29), LocalDateTime.of(2025, 5, 6, 9, 0)))
                .isEqualTo(new TimelinessResult(Timeliness.LATE, 2));
    }

    @Test
    void notReturnedBeforeOrOnTheDueDateIsPending() {
        assertThat(timeliness.classify(DUE_TUESDAY, null, of(2025, 3, 17)))
                .isEqualTo(new TimelinessResult(Timeliness.PENDING, 0));
        assertThat(timeliness.classify(DUE_TUESDAY, null, DUE_TUESDAY))
                .isEqualTo(new TimelinessResult(Timeliness.PENDING, 0));
    }

    @Test
    void notReturnedAfterTheDueDateIsPendingOverdueByWorkingDaysSoFar() {
        assertThat(timeliness.classify(DUE_TUESDAY, null, of(2025, 3, 19)))
                .isEqualTo(new TimelinessResult(Timeliness.PENDING_OVERDUE, 1));
        // Wed 19, Thu 20, Fri 21, Mon 24
        assertThat(timeliness.classify(DUE_TUESDAY, null, of(2025, 3, 24)))
                .isEqualTo(new TimelinessResult(Timeliness.PENDING_OVERDUE, 4));
        // as of Saturday 22: Wed, Thu, Fri have passed
        assertThat(timeliness.classify(DUE_TUESDAY, null, of(2025, 3, 22)))
                .isEqualTo(new TimelinessResult(Timeliness.PENDING_OVERDUE, 3));
    }

    @Test
    void aReturnAfterTheAsOfDateIsNotYetKnownOnThatDate() {
        LocalDateTime returnedThursday = LocalDateTime.of(2025, 3, 20, 9, 0);
        assertThat(timeliness.classify(DUE_TUESDAY, returnedThursday, of(2025, 3, 17)))
                .isEqualTo(new TimelinessResult(Timeliness.PENDING, 0));
        assertThat(timeliness.classify(DUE_TUESDAY, returnedThursday, of(2025, 3, 19)))
                .isEqualTo(new TimelinessResult(Timeliness.PENDING_OVERDUE, 1));
        assertThat(timeliness.classify(DUE_TUESDAY, returnedThursday, of(2025, 3, 20)))
                .isEqualTo(new TimelinessResult(Timeliness.LATE, 2));
    }

    @Test
    void classifiesADossierFromItsRecordedDueDate() {
        assertThat(timeliness.classify(dossier().returnedOn(of(2025, 3, 19)).build(), of(2025, 3, 25)))
                .contains(new TimelinessResult(Timeliness.LATE, 1));
    }

    @Test
    void aDossierWithoutDueDateCannotBeClassified() {
        assertThat(timeliness.classify(dossier().dueDate(null).build(), of(2025, 3, 25))).isEmpty();
    }
}
