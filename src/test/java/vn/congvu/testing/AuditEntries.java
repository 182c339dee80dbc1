package vn.congvu.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.congvu.store.Database;
import vn.congvu.store.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads the audit log back, for assertions on what a write recorded. */
public final class AuditEntries {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row of audit_log; {@code changes} is the parsed JSON (null when the row has none). */
    public record Entry(String at, String author, String device, String entity, String entityId, String visitId,
                        String action, Long revision, JsonNode changes) {
    }

    private AuditEntries() {
    }

    /** The entries about one record, oldest first. */
    public static List<Entry> of(Database db, String entityId) {
        return db.read(c -> Sql.query(c, "SELECT at, author, device, entity, entity_id, visit_id, action, revision,"
                + " changes FROM audit_log WHERE entity_id = ? ORDER BY at, rowid", rs -> new Entry(
                rs.getString("at"), rs.getString("author"), rs.getString("device"), rs.getString("entity"),
                rs.getString("entity_id"), rs.getString("visit_id"), rs.getString("action"),
                Sql.integer(rs, "revision") == null ? null : rs.getLong("revision"), parse(rs.getString("changes"))),
                entityId));
    }

    public static long count(Database db) {
        return db.read(c -> Sql.queryLong(c, "SELECT count(*) FROM audit_log"));
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
