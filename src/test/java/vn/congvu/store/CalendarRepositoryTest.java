package vn.congvu.store;

import org.junit.jupiter.api.Test;
import vn.congvu.domain.CalendarDay;
import vn.congvu.domain.DayKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarRepositoryTest extends RepositoryTestBase {

    private static final LocalDate VICTORY = LocalDate.of(2025, 4, 30);
    private static final LocalDate SWAPPED_SATURDAY = LocalDate.of(2025, 4, 26);

    private CalendarRepository calendar() {
        return new CalendarRepository(writer);
    }

    @Test
    void daysReadBackEqualInDateOrder() {
        write(c -> calendar().upsert(c, new CalendarDay(VICTORY, DayKind.OFF, "Ngày Chiến thắng")));
        write(c -> calendar().upsert(c, new CalendarDay(SWAPPED_SATURDAY, DayKind.WORKDAY, "Làm bù")));

        List<CalendarDay> days = read(calendar()::allDays);
        assertThat(days).containsExactly(new CalendarDay(SWAPPED_SATURDAY, DayKind.WORKDAY, "Làm bù"),
                new CalendarDay(VICTORY, DayKind.OFF, "Ngày Chiến thắng"));
    }

    @Test
    void upsertCountsOnlyWhatItWrites() {
        int added = write(c -> calendar().upsert(c, new CalendarDay(VICTORY, DayKind.OFF, "Ngày Chiến thắng")));
        int same = write(c -> calendar().upsert(c, new CalendarDay(VICTORY, DayKind.OFF, "Ngày Chiến thắng")));
        int renamed = write(c -> calendar().upsert(c, new CalendarDay(VICTORY, DayKind.OFF, "Giải phóng miền Nam")));

        assertThat(List.of(added, same, renamed)).containsExactly(1, 0, 1);
        long rows = store.read(c -> Sql.queryLong(c, "SELECT count(*) FROM calendar_days"));
        assertThat(rows).isEqualTo(1);
        long revision = store.read(c -> Sql.queryLong(c, "SELECT revision FROM calendar_days"));
        assertThat(revision).isEqualTo(2);
    }

    @Test
    void removedDayLeavesTheCalendarButIsRememberedAsEntered() {
        write(c -> calendar().upsert(c, new CalendarDay(VICTORY, DayKind.OFF, "Ngày Chiến thắng")));

        assertThat(wrote(c -> calendar().remove(c, VICTORY))).isTrue();
        assertThat(wrote(c -> calendar().remove(c, VICTORY))).isFalse();

        List<CalendarDay> days = read(calendar()::allDays);
        Set<LocalDate> entered = read(calendar()::allDaysEverEntered);
        assertThat(days).isEmpty();
        assertThat(entered).containsExactly(VICTORY);
    }

    @Test
    void removedDayCanBeEnteredAgain() {
        write(c -> calendar().upsert(c, new CalendarDay(VICTORY, DayKind.OFF, "Ngày Chiến thắng")));
        write(c -> calendar().remove(c, VICTORY));

        int added = write(c -> calendar().upsert(c, new CalendarDay(VICTORY, DayKind.OFF, "Ngày Chiến thắng")));

        assertThat(added).isEqualTo(1);
        List<CalendarDay> days = read(calendar()::allDays);
        assertThat(days).containsExactly(new CalendarDay(VICTORY, DayKind.OFF, "Ngày Chiến thắng"));
    }
}
