package vn.congvu.domain.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.congvu.domain.CalendarDay;
import vn.congvu.domain.DayKind;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = VietnameseCalendars.calendar2025And2026();

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2025-03-10, true",   // Monday
            "2025-03-14, true",   // Friday
            "2025-03-15, false",  // Saturday
            "2025-03-16, false",  // Sunday
            "2025-01-01, false",  // New Year, Wednesday
            "2025-01-27, false",  // Tết, Monday
            "2025-01-31, false",  // Tết, Friday
            "2025-02-03, true",   // first day back after Tết
            "2025-04-07, false",  // Giỗ Tổ
            "2025-04-26, true",   // Saturday swapped into a working day
            "2025-04-30, false",
            "2025-05-01, false",
            "2025-05-02, false",  // Friday swapped out
            "2025-09-02, false",
            "2026-04-26, false",  // Giỗ Tổ on a Sunday: still off, nothing more
            "2026-04-27, false",  // day in lieu, Monday
            "2026-04-28, true"
    })
    void knowsWeekendsHolidaysAndSwappedDays(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void withoutEntriesEveryMondayToFridayIsWorking() {
        WorkingDayCalendar plain = new WorkingDayCalendar(List.of());
        // 1/1/2025 is off in real life, but an empty calendar cannot know it
        assertThat(plain.isWorkingDay(of(2025, 1, 1))).isTrue();
        assertThat(plain.isWorkingDay(of(2025, 1, 4))).isFalse();
        assertThat(plain.coveredYears()).isEmpty();
    }

    @Test
    void nextWorkingDayIsStrictlyAfterEvenFromAWorkingDay() {
        assertThat(calendar.nextWorkingDay(of(2025, 3, 10))).isEqualTo(of(2025, 3, 11));
        assertThat(calendar.nextWorkingDay(of(2025, 3, 14))).isEqualTo(of(2025, 3, 17));
    }

    @Test
    void nextWorkingDayFromTheFridayBeforeTetIsTheMondayAfterIt() {
        assertThat(calendar.nextWorkingDay(of(2025, 1, 24))).isEqualTo(of(2025, 2, 3));
        assertThat(calendar.nextWorkingDay(of(2026, 2, 13))).isEqualTo(of(2026, 2, 23));
    }

    @Test
    void nextWorkingDayCanBeASwappedSaturday() {
        assertThat(calendar.nextWorkingDay(of(2025, 4, 25))).isEqualTo(of(2025, 4, 26));
    }

    @Test
    void nextWorkingDayCrossesTheYearAndSkipsNewYearsDay() {
        assertThat(calendar.nextWorkingDay(of(2025, 12, 31))).isEqualTo(of(2026, 1, 2));
    }

    @Test
    void workingDayOnOrAfterKeepsAWorkingDayAndMovesADayOff() {
        assertThat(calendar.workingDayOnOrAfter(of(2025, 3, 12))).isEqualTo(of(2025, 3, 12));
        assertThat(calendar.workingDayOnOrAfter(of(2025, 3, 15))).isEqualTo(of(2025, 3, 17));
        assertThat(calendar.workingDayOnOrAfter(of(2026, 2, 16))).isEqualTo(of(2026, 2, 23));
    }

    @Test
    void plusWorkingDaysNeverCountsTheStartDay() {
        assertThat(calendar.plusWorkingDays(of(2025, 3, 10), 1)).isEqualTo(of(2025, 3, 11));
        assertThat(calendar.plusWorkingDays(of(2025, 3, 11), 5)).isEqualTo(of(2025, 3, 18));
    }

    @Test
    void plusZeroWorkingDaysIsTheStartWhenWorkingElseTheNextWorkingDay() {
        assertThat(calendar.plusWorkingDays(of(2025, 3, 11), 0)).isEqualTo(of(2025, 3, 11));
        assertThat(calendar.plusWorkingDays(of(2025, 3, 15), 0)).isEqualTo(of(2025, 3, 17));
        assertThat(calendar.plusWorkingDays(of(2025, 4, 7), 0)).isEqualTo(of(2025, 4, 8));
    }

    @Test
    void plusWorkingDaysSkipsTetHolidays() {
        // Fri 24/1/2025 + 3: Tết 27–31/1 and the weekend skipped → Mon 3, Tue 4, Wed 5/2
        assertThat(calendar.plusWorkingDays(of(2025, 1, 24), 3)).isEqualTo(of(2025, 2, 5));
    }

    @Test
    void plusWorkingDaysCountsTheSwappedSaturdayAndSkipsTheBridge() {
        // Fri 25/4/2025 + 5: Sat 26, Mon 28, Tue 29, (30/4 – 4/5 off), Mon 5, Tue 6/5
        assertThat(calendar.plusWorkingDays(of(2025, 4, 25), 5)).isEqualTo(of(2025, 5, 6));
    }

    @Test
    void plusWorkingDaysRejectsANegativeCount() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(of(2025, 3, 10), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "working days in ({0}, {1}] = {2}")
    @CsvSource({
            "2025-03-10, 2025-03-10, 0",  // empty range
            "2025-03-12, 2025-03-10, 0",  // reversed range
            "2025-03-10, 2025-03-11, 1",
            "2025-03-14, 2025-03-16, 0",  // Friday to Sunday: only the weekend
            "2025-03-14, 2025-03-17, 1",  // over a weekend
            "2025-03-10, 2025-03-24, 10", // two whole weeks
            "2025-01-24, 2025-02-05, 3",  // over Tết
            "2025-04-25, 2025-05-06, 5",  // Sat 26, Mon 28, Tue 29, Mon 5, Tue 6
            "2025-12-30, 2026-01-05, 3",  // Wed 31, Fri 2, Mon 5
            "2026-04-24, 2026-05-04, 3",  // Tue 28, Wed 29, Mon 4
            "2025-01-27, 2025-02-03, 1",  // starting on a Tết day: that day is outside the range anyway
            "2025-04-26, 2025-04-28, 1",  // starting on the swapped Saturday: it is not counted
            // all of 2025: 261 weekdays, 12 of them off, one working Saturday
            "2024-12-31, 2025-12-31, 250"
    })
    void countsWorkingDaysAfterADate(LocalDate from, LocalDate to, int expected) {
        assertThat(calendar.workingDaysAfter(from, to)).isEqualTo(expected);
    }

    @Test
    void workingDaysAfterAgreesWithWalkingDayByDay() {
        // The count uses week arithmetic; check it against the plain definition over every range ending
        // in 2025–2026 that starts on a weekday, a weekend day, a holiday or the swapped Saturday.
        for (LocalDate from : List.of(of(2024, 12, 27), of(2024, 12, 28), of(2025, 1, 27), of(2025, 4, 24),
                of(2025, 4, 26), of(2025, 4, 27))) {
            int walked = 0;
            for (LocalDate to = from.plusDays(1); to.isBefore(of(2027, 1, 1)); to = to.plusDays(1)) {
                if (calendar.isWorkingDay(to)) {
                    walked++;
                }
                assertThat(calendar.workingDaysAfter(from, to)).as("(%s, %s]", from, to).isEqualTo(walked);
            }
        }
    }

    @Test
    void plusWorkingDaysAndWorkingDaysAfterAreInverse() {
        LocalDate start = of(2025, 1, 20);
        for (int n = 1; n <= 400; n++) {
            LocalDate end = calendar.plusWorkingDays(start, n);
            assertThat(calendar.isWorkingDay(end)).isTrue();
            assertThat(calendar.workingDaysAfter(start, end)).as("n = %d", n).isEqualTo(n);
        }
    }

    @Test
    void givesTheNameOfASpecialDayOnly() {
        assertThat(calendar.name(of(2025, 1, 29))).contains("Tết Ất Tỵ");
        assertThat(calendar.name(of(2026, 4, 27))).contains("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(calendar.name(of(2025, 3, 10))).isEmpty();
    }

    @Test
    void blankNamesAreTreatedAsNoName() {
        WorkingDayCalendar unnamed = new WorkingDayCalendar(List.of(
                new CalendarDay(of(2025, 1, 1), DayKind.OFF, " "),
                new CalendarDay(of(2025, 1, 2), DayKind.OFF, null)));
        assertThat(unnamed.name(of(2025, 1, 1))).isEmpty();
        assertThat(unnamed.name(of(2025, 1, 2))).isEmpty();
        assertThat(unnamed.isWorkingDay(of(2025, 1, 2))).isFalse();
    }

    @Test
    void coveredYearsAreThoseWithAtLeastOneEntry() {
        assertThat(calendar.coveredYears()).containsExactly(2025, 2026);
        assertThat(calendar.coversYearOf(of(2026, 12, 31))).isTrue();
        assertThat(calendar.coversYearOf(of(2027, 1, 4))).isFalse();
        assertThat(calendar.coversYearOf(of(2024, 12, 31))).isFalse();
    }

    @Test
    void coveredYearsCannotBeModified() {
        assertThatThrownBy(() -> calendar.coveredYears().add(2030))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsADateMarkedBothOffAndWorking() {
        List<CalendarDay> days = List.of(
                new CalendarDay(of(2025, 4, 26), DayKind.WORKDAY, "Làm bù"),
                new CalendarDay(of(2025, 4, 26), DayKind.OFF, "Nghỉ"));
        assertThatThrownBy(() -> new WorkingDayCalendar(days))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-04-26");
    }

    @Test
    void acceptsTheSameEntryTwice() {
        CalendarDay newYear = new CalendarDay(of(2025, 1, 1), DayKind.OFF, "Tết Dương lịch");
        WorkingDayCalendar twice = new WorkingDayCalendar(List.of(newYear, newYear));
        assertThat(twice.isWorkingDay(of(2025, 1, 1))).isFalse();
    }

    @Test
    void laterChangesToTheSourceCollectionDoNotLeakIn() {
        List<CalendarDay> days = new ArrayList<>(VietnameseCalendars.days2025());
        WorkingDayCalendar built = new WorkingDayCalendar(days);
        days.add(new CalendarDay(of(2025, 3, 10), DayKind.OFF, "added later"));
        days.clear();
        assertThat(built.isWorkingDay(of(2025, 3, 10))).isTrue();
        assertThat(built.isWorkingDay(of(2025, 1, 27))).isFalse();
    }

    @Test
    void aWorkdayEntryOnAWeekdayChangesNothing() {
        WorkingDayCalendar odd = new WorkingDayCalendar(List.of(new CalendarDay(of(2025, 3, 12), DayKind.WORKDAY, null)));
        assertThat(odd.isWorkingDay(of(2025, 3, 12))).isTrue();
        assertThat(odd.workingDaysAfter(of(2025, 3, 10), of(2025, 3, 14))).isEqualTo(4);
    }
}
