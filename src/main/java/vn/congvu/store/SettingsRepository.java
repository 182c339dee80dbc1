package vn.congvu.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Key–value settings of this laptop (profile, document headers, seed markers, device id). */
public final class SettingsRepository {

    private final RecordWriter writer;

    public SettingsRepository(RecordWriter writer) {
        this.writer = writer;
    }

    public Optional<String> get(Connection c, String key) throws SQLException {
        return Sql.queryOne(c, "SELECT value FROM settings WHERE key = ? AND deleted = 0", rs -> rs.getString(1), key);
    }

    public Map<String, String> all(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] kv : Sql.query(c, "SELECT key, value FROM settings WHERE deleted = 0 ORDER BY key",
                rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            out.put(kv[0], kv[1]);
        }
        return out;
    }

    public boolean put(Connection c, String key, String value) throws SQLException {
        // settings are never deleted, so a key has exactly one row
        Optional<String> id = Sql.queryOne(c, "SELECT id FROM settings WHERE key = ?", rs -> rs.getString(1), key);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", value);
        if (id.isEmpty()) {
            m.put("key", key);
            writer.insert(c, Table.SETTINGS, m);
            return true;
        }
        return writer.update(c, Table.SETTINGS, id.get(), m, null);
    }
}
