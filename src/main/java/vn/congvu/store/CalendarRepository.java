package vn.congvu.store;

import vn.congvu.domain.CalendarDay;
import vn.congvu.domain.DayKind;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The working-day calendar's exceptions: holidays, days in lieu and swapped working days. */
public final class CalendarRepository {

    private final RecordWriter writer;

    public CalendarRepository(RecordWriter writer) {
        this.writer = writer;
    }

    public List<CalendarDay> allDays(Connection c) throws SQLException {
        return Sql.query(c, "SELECT day, kind, name FROM calendar_days WHERE deleted = 0 ORDER BY day",
                rs -> new CalendarDay(LocalDate.parse(rs.getString("day")), DayKind.valueOf(rs.getString("kind")),
                        rs.getString("name")));
    }

    /** Days ever entered, live or deleted: seeding must not bring back a day the user removed. */
    public Set<LocalDate> allDaysEverEntered(Connection c) throws SQLException {
        return new HashSet<>(Sql.query(c, "SELECT DISTINCT day FROM calendar_days",
                rs -> LocalDate.parse(rs.getString(1))));
    }

    /** Adds the day or changes the live entry for it. Returns 1 when something was written, else 0. */
    public int upsert(Connection c, CalendarDay day) throws SQLException {
        Optional<String> id = Sql.queryOne(c, "SELECT id FROM calendar_days WHERE day = ? AND deleted = 0",
                rs -> rs.getString(1), day.day());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", day.kind());
        m.put("name", day.name());
        if (id.isPresent()) {
            return writer.update(c, Table.CALENDAR_DAYS, id.get(), m, null) ? 1 : 0;
        }
        m.put("day", day.day());
        writer.insert(c, Table.CALENDAR_DAYS, m);
        return 1;
    }

    public boolean remove(Connection c, LocalDate day) throws SQLException {
        Optional<String> id = Sql.queryOne(c, "SELECT id FROM calendar_days WHERE day = ? AND deleted = 0",
                rs -> rs.getString(1), day);
        return id.isPresent() && writer.delete(c, Table.CALENDAR_DAYS, id.get());
    }
}
