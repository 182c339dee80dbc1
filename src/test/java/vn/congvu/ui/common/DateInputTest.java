package vn.congvu.ui.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class DateInputTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 5);

    @Test
    void daysAreTypedDayFirstInTheUsualWays() {
        for (String s : new String[] {"31/3/2025", "31/03/2025", "31-3-2025", "31.03.2025", " 31 / 3 / 25 ", "31/3",
                "2025-03-31"}) {
            assertThat(DateInput.date(s, DAY).value()).as(s).isEqualTo(LocalDate.of(2025, 3, 31));
        }
        assertThat(DateInput.date("", DAY).isEmpty()).isTrue();
    }

    @Test
    void textThatIsNoDayIsInvalidNotEmpty() {
        for (String s : new String[] {"31/2/2025", "mai", "3/31/2025", "12"}) {
            DateInput.Parsed<LocalDate> p = DateInput.date(s, DAY);
            assertThat(p.valid()).as(s).isFalse();
            assertThat(p.isEmpty()).isFalse();
        }
    }

    @Test
    void aTimeAloneIsOnTheGivenDayAndMayCarryItsOwnDay() {
        assertThat(DateInput.dateTime("11:05", DAY).value()).isEqualTo(LocalDateTime.of(2025, 3, 5, 11, 5));
        assertThat(DateInput.dateTime("11h05", DAY).value()).isEqualTo(LocalDateTime.of(2025, 3, 5, 11, 5));
        assertThat(DateInput.dateTime("11 giờ 05", DAY).value()).isEqualTo(LocalDateTime.of(2025, 3, 5, 11, 5));
        assertThat(DateInput.dateTime("11:05 06/03/2025", DAY).value()).isEqualTo(LocalDateTime.of(2025, 3, 6, 11, 5));
        assertThat(DateInput.dateTime("06/03/2025 11:05", DAY).value()).isEqualTo(LocalDateTime.of(2025, 3, 6, 11, 5));
        assertThat(DateInput.dateTime(DateInput.format(LocalDateTime.of(2025, 3, 6, 9, 0)), DAY).value())
                .isEqualTo(LocalDateTime.of(2025, 3, 6, 9, 0));
        assertThat(DateInput.dateTime("25:00", DAY).valid()).isFalse();
        assertThat(DateInput.dateTime("chiều", DAY).valid()).isFalse();
    }
}
