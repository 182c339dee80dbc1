package vn.congvu.exchange;

import vn.congvu.store.Sql;
import vn.congvu.store.Table;
import vn.congvu.store.VersionVector;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes versions of records exactly as they were made, bookkeeping included: a version that came from
 * another laptop keeps its author, laptop, time and revision, so that every laptop ends with the same
 * rows. This is the one place besides {@link vn.congvu.store.RecordWriter} that writes records, and only
 * merges and conflict resolutions use it; both audit what they do.
 */
final class RowWriter {

    private RowWriter() {
    }

    /** Inserts or replaces the record {@code values.get("id")} with exactly these column values. */
    static void upsert(Connection c, Table table, Map<String, Object> values) throws SQLException {
        List<String> cols = new ArrayList<>(values.keySet());
        try (PreparedStatement ps = c.prepareStatement(upsertSql(table, cols))) {
            Sql.bind(ps, cols.stream().map(values::get).toArray());
            ps.executeUpdate();
        }
    }

    static String upsertSql(Table table, List<String> cols) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.sqlName()).append(" (")
                .append(String.join(", ", cols)).append(") VALUES (").append("?, ".repeat(cols.size() - 1))
                .append("?) ON CONFLICT (id) DO UPDATE SET ");
        boolean first = true;
        for (String col : cols) {
            if (!col.equals("id")) {
                sql.append(first ? "" : ", ").append(col).append(" = excluded.").append(col);
                first = false;
            }
        }
        return sql.toString();
    }

    /** The record as column → value, tombstones included. */
    static Optional<Map<String, Object>> read(Connection c, Table table, String id) throws SQLException {
        return Sql.queryOne(c, "SELECT * FROM " + table.sqlName() + " WHERE id = ?", rs -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                m.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
            }
            return m;
        }, id);
    }

    /** The full history of the version a record holds now: what is stored, plus its own edit. */
    static VersionVector currentClock(Connection c, Table table, Map<String, Object> row) throws SQLException {
        VersionVector stored = VersionVector.stored(c, table.sqlName(), (String) row.get("id")).orElse(VersionVector.EMPTY);
        return stored.with((String) row.get("device"), ((Number) row.get("revision")).longValue());
    }

    /**
     * Keeps {@code clock} as the record's history, or drops the stored one when the row's own edit says
     * it all (most records: made on one laptop and never edited elsewhere).
     */
    static void storeClock(Connection c, Table table, String id, String device, long revision, VersionVector clock)
            throws SQLException {
        if (clock.equals(VersionVector.EMPTY.with(device, revision))) {
            Sql.update(c, "DELETE FROM sync_clocks WHERE tbl = ? AND id = ?", table.sqlName(), id);
        } else {
            VersionVector.store(c, table.sqlName(), id, clock);
        }
    }

    /** Numbers compare by value (SQLite hands back Integer or Long, Double for REAL). */
    static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return java.util.Objects.equals(a, b);
    }
}
