package vn.congvu.domain.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congvu.domain.LimitKind.CALENDAR_DAYS;
import static vn.congvu.domain.LimitKind.WORKING_DAYS;

import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DueDateCalculatorTest {

    private static final LocalTime CUTOFF = LocalTime.of(15, 0);

    private final DueDateCalculator calculator =
            new DueDateCalculator(VietnameseCalendars.calendar2025And2026(), CUTOFF);

    private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    @Nested
    class WorkingDayLimits {

        @Test
        void ordinaryWeekdaysCountFromTheDayAfterReceipt() {
            // Tue 11/3/2025 + 5: Wed 12, Thu 13, Fri 14, Mon 17, Tue 18
            assertThat(calculator.dueDate(at(2025, 3, 11, 9, 0), 5, WORKING_DAYS)).isEqualTo(of(2025, 3, 18));
        }

        @Test
        void dayOfReceiptIsNotCounted() {
            assertThat(calculator.dueDate(at(2025, 3, 10, 8, 0), 1, WORKING_DAYS)).isEqualTo(of(2025, 3, 11));
        }

        @Test
        void dueDateSkipsTheWeekend() {
            // Thu 13/3/2025 + 3: Fri 14, Mon 17, Tue 18
            assertThat(calculator.dueDate(at(2025, 3, 13, 10, 0), 3, WORKING_DAYS)).isEqualTo(of(2025, 3, 18));
        }

        @Test
        void dueDateSkipsTetHolidays() {
            // received Fri 24/1/2025, Tết 27–31/1: Mon 3, Tue 4, Wed 5/2
            assertThat(calculator.dueDate(at(2025, 1, 24, 9, 0), 3, WORKING_DAYS)).isEqualTo(of(2025, 2, 5));
            // received Fri 13/2/2026, Tết 16–20/2: Mon 23, Tue 24, Wed 25/2
            assertThat(calculator.dueDate(at(2026, 2, 13, 9, 0), 3, WORKING_DAYS)).isEqualTo(of(2026, 2, 25));
        }

        @Test
        void swappedSaturdayCountsAsAWorkingDayBeforeTheMayBridge() {
            // received Fri 25/4/2025: Sat 26 (worked), Mon 28, Tue 29
            assertThat(calculator.dueDate(at(2025, 4, 25, 10, 0), 3, WORKING_DAYS)).isEqualTo(of(2025, 4, 29));
            // … then 30/4 – 4/5 off: Mon 5, Tue 6/5
            assertThat(calculator.dueDate(at(2025, 4, 25, 10, 0), 5, WORKING_DAYS)).isEqualTo(of(2025, 5, 6));
        }

        @Test
        void dossierReceivedOnTheSwappedSaturdayCountsFromThatSaturday() {
            assertThat(calculator.dueDate(at(2025, 4, 26, 9, 0), 1, WORKING_DAYS)).isEqualTo(of(2025, 4, 28));
        }

        @Test
        void dueDateJumpsTheWholeMayBridge() {
            // received Tue 29/4/2025: 30/4, 1/5, 2/5 off, then the weekend → Mon 5/5
            assertThat(calculator.dueDate(at(2025, 4, 29, 9, 0), 1, WORKING_DAYS)).isEqualTo(of(2025, 5, 5));
        }

        @Test
        void dueDateSkipsADayInLieu() {
            // received Fri 24/4/2026; Mon 27/4 is in lieu of Giỗ Tổ (Sunday) → Tue 28
            assertThat(calculator.dueDate(at(2026, 4, 24, 9, 0), 1, WORKING_DAYS)).isEqualTo(of(2026, 4, 28));
            // Tue 28, Wed 29, (Thu 30/4, Fri 1/5, weekend), Mon 4/5
            assertThat(calculator.dueDate(at(2026, 4, 24, 9, 0), 3, WORKING_DAYS)).isEqualTo(of(2026, 5, 4));
        }

        @Test
        void dueDateCrossesTheYearAndSkipsNewYearsDay() {
            // received Tue 30/12/2025: Wed 31, (Thu 1/1 off), Fri 2/1/2026
            assertThat(calculator.dueDate(at(2025, 12, 30, 9, 0), 2, WORKING_DAYS)).isEqualTo(of(2026, 1, 2));
            // received Wed 31/12/2025: Fri 2/1, Mon 5/1/2026
            assertThat(calculator.dueDate(at(2025, 12, 31, 9, 0), 2, WORKING_DAYS)).isEqualTo(of(2026, 1, 5));
        }

        @Test
        void lateAfternoonOnNewYearsEveCountsFromTheSecondOfJanuary() {
            // deemed received Fri 2/1/2026, so + 1 → Mon 5/1
            assertThat(calculator.dueDate(at(2025, 12, 31, 16, 0), 1, WORKING_DAYS)).isEqualTo(of(2026, 1, 5));
        }
    }

    @Nested
    class AfternoonCutoff {

        @Test
        void receivedJustBeforeTheCutoffCountsFromThatDay() {
            assertThat(calculator.dueDate(LocalDateTime.of(2025, 3, 10, 14, 59, 59), 1, WORKING_DAYS))
                    .isEqualTo(of(2025, 3, 11));
        }

        @Test
        void receivedExactlyAtTheCutoffCountsFromTheNextWorkingDay() {
            assertThat(calculator.dueDate(at(2025, 3, 10, 15, 0), 1, WORKING_DAYS)).isEqualTo(of(2025, 3, 12));
        }

        @Test
        void receivedAfterTheCutoffCountsFromTheNextWorkingDay() {
            assertThat(calculator.dueDate(at(2025, 3, 10, 15, 30), 1, WORKING_DAYS)).isEqualTo(of(2025, 3, 12));
        }

        @Test
        void receivedFridayAfternoonCountsFromMonday() {
            // deemed Mon 17/3/2025, + 1 → Tue 18
            assertThat(calculator.dueDate(at(2025, 3, 14, 16, 0), 1, WORKING_DAYS)).isEqualTo(of(2025, 3, 18));
        }

        @Test
        void receivedAfterTheCutoffBeforeTetCountsFromAfterTet() {
            // Fri 24/1/2025 at 16:00 → deemed Mon 3/2, + 1 → Tue 4/2
            assertThat(calculator.dueDate(at(2025, 1, 24, 16, 0), 1, WORKING_DAYS)).isEqualTo(of(2025, 2, 4));
        }

        @Test
        void cutoffIsAParameterNotAFixedHour() {
            DueDateCalculator laterCutoff =
                    new DueDateCalculator(VietnameseCalendars.calendar2025And2026(), LocalTime.of(16, 30));
            assertThat(laterCutoff.dueDate(at(2025, 3, 10, 15, 30), 1, WORKING_DAYS)).isEqualTo(of(2025, 3, 11));
            assertThat(laterCutoff.afternoonCutoff()).isEqualTo(LocalTime.of(16, 30));
        }

        @Test
        void effectiveReceiptDayIsExposedForDisplay() {
            assertThat(calculator.effectiveReceiptDay(at(2025, 3, 10, 9, 0))).isEqualTo(of(2025, 3, 10));
            assertThat(calculator.effectiveReceiptDay(at(2025, 3, 10, 15, 0))).isEqualTo(of(2025, 3, 11));
            assertThat(calculator.effectiveReceiptDay(at(2025, 3, 15, 9, 0))).isEqualTo(of(2025, 3, 17));
        }
    }

    @Nested
    class ReceivedOnADayOff {

        @Test
        void receivedOnSaturdayCountsFromMonday() {
            // Sat 15/3/2025 → deemed Mon 17, + 1 → Tue 18
            assertThat(calculator.dueDate(at(2025, 3, 15, 9, 0), 1, WORKING_DAYS)).isEqualTo(of(2025, 3, 18));
        }

        @Test
        void receivedOnAHolidayMorningCountsFromTheNextWorkingDay() {
            // Giỗ Tổ Mon 7/4/2025 at 08:00 → deemed Tue 8, + 2 → Thu 10
            assertThat(calculator.dueDate(at(2025, 4, 7, 8, 0), 2, WORKING_DAYS)).isEqualTo(of(2025, 4, 10));
        }

        @Test
        void receivedTheSundayBeforeTetCountsFromAfterTet() {
            // Sun 26/1/2025 → deemed Mon 3/2, + 1 → Tue 4/2
            assertThat(calculator.dueDate(at(2025, 1, 26, 10, 0), 1, WORKING_DAYS)).isEqualTo(of(2025, 2, 4));
        }
    }

    @Nested
    class SameDayLimit {

        @Test
        void zeroDaysIsTheDayOfReceipt() {
            assertThat(calculator.dueDate(at(2025, 3, 11, 10, 0), 0, WORKING_DAYS)).isEqualTo(of(2025, 3, 11));
            assertThat(calculator.dueDate(at(2025, 3, 11, 10, 0), 0, CALENDAR_DAYS)).isEqualTo(of(2025, 3, 11));
        }

        @Test
        void zeroDaysAfterTheCutoffIsTheNextWorkingDay() {
            assertThat(calculator.dueDate(at(2025, 3, 11, 16, 0), 0, WORKING_DAYS)).isEqualTo(of(2025, 3, 12));
        }

        @Test
        void zeroDaysOnASaturdayIsMonday() {
            assertThat(calculator.dueDate(at(2025, 3, 15, 9, 0), 0, WORKING_DAYS)).isEqualTo(of(2025, 3, 17));
        }
    }

    @Nested
    class CalendarDayLimits {

        @Test
        void calendarDaysIncludeWeekendsAndHolidaysInTheCount() {
            // Mon 10/3/2025 + 3 calendar days → Thu 13
            assertThat(calculator.dueDate(at(2025, 3, 10, 9, 0), 3, CALENDAR_DAYS)).isEqualTo(of(2025, 3, 13));
            // Mon 10/3/2025 + 10 → Thu 20, the weekend counted
            assertThat(calculator.dueDate(at(2025, 3, 10, 9, 0), 10, CALENDAR_DAYS)).isEqualTo(of(2025, 3, 20));
        }

        @Test
        void calendarDayLimitLandingOnSaturdayMovesToMonday() {
            // Mon 10/3/2025 + 5 → Sat 15 → Mon 17
            assertThat(calculator.dueDate(at(2025, 3, 10, 9, 0), 5, CALENDAR_DAYS)).isEqualTo(of(2025, 3, 17));
        }

        @Test
        void calendarDayLimitLandingInTetMovesPastIt() {
            // Wed 22/1/2025 + 5 → Mon 27/1 (Tết) → Mon 3/2
            assertThat(calculator.dueDate(at(2025, 1, 22, 9, 0), 5, CALENDAR_DAYS)).isEqualTo(of(2025, 2, 3));
        }

        @Test
        void calendarDayLimitLandingOnQuocKhanhMovesPastBothDays() {
            // Mon 4/8/2025 + 28 → Mon 1/9 (off), Tue 2/9 (off) → Wed 3/9
            assertThat(calculator.dueDate(at(2025, 8, 4, 9, 0), 28, CALENDAR_DAYS)).isEqualTo(of(2025, 9, 3));
        }

        @Test
        void calendarDayLimitLandingOnTheSwappedSaturdayStays() {
            // Mon 21/4/2025 + 5 → Sat 26/4, a working day
            assertThat(calculator.dueDate(at(2025, 4, 21, 9, 0), 5, CALENDAR_DAYS)).isEqualTo(of(2025, 4, 26));
        }

        @Test
        void calendarDaysCountFromTheDeemedReceiptDay() {
            // Fri 14/3/2025 at 16:00 → deemed Mon 17, + 10 → Thu 27
            assertThat(calculator.dueDate(at(2025, 3, 14, 16, 0), 10, CALENDAR_DAYS)).isEqualTo(of(2025, 3, 27));
        }
    }

    @Nested
    class LimitBounds {

        @Test
        void negativeLimitIsRejectedWithItsReason() {
            assertThatThrownBy(() -> calculator.dueDate(at(2025, 3, 10, 9, 0), -1, WORKING_DAYS))
                    .isInstanceOfSatisfying(InvalidLimitException.class, e -> {
                        assertThat(e.reason()).isEqualTo(DossierProblem.NEGATIVE_LIMIT);
                        assertThat(e.limitDays()).isEqualTo(-1);
                    })
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void limitAboveTheMaximumIsRejectedWithItsReason() {
            assertThatThrownBy(() -> calculator.dueDate(at(2025, 3, 10, 9, 0), 366, CALENDAR_DAYS))
                    .isInstanceOfSatisfying(InvalidLimitException.class,
                            e -> assertThat(e.reason()).isEqualTo(DossierProblem.LIMIT_TOO_LARGE));
        }

        @Test
        void maximumIsThreeHundredSixtyFiveDays() {
            assertThat(DueDateCalculator.MAX_LIMIT_DAYS).isEqualTo(365);
            // Mon 10/3/2025 + 365 calendar days → Tue 10/3/2026
            assertThat(calculator.dueDate(at(2025, 3, 10, 9, 0), 365, CALENDAR_DAYS)).isEqualTo(of(2026, 3, 10));
        }
    }
}
