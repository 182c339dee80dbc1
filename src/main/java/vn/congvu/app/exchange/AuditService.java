package vn.congvu.app.exchange;

import vn.congvu.store.Database;
import vn.congvu.store.Sql;

import java.util.ArrayList;
import java.util.List;

/** The audit log viewer's queries: who changed what, when, on which laptop; per visit or all. */
public final class AuditService {

    private final Database db;

    public AuditService(Database db) {
        this.db = db;
    }

    /**
     * Entries newest first.
     *
     * @param visitId only entries about this visit and its records, or null for all
     * @param limit   at most this many (the screen pages with {@code before})
     * @param before  only entries strictly older than this instant text, or null
     */
    public List<AuditEntry> entries(String visitId, String before, int limit) {
        return entries(visitId, before, null, limit);
    }

    /**
     * The page after {@code last} (older entries, in the same order): for paging a log where many entries
     * share one instant (reference data, an import), which a time alone cannot page through.
     */
    public List<AuditEntry> entriesAfter(String visitId, AuditEntry last, int limit) {
        return entries(visitId, null, last, limit);
    }

    private List<AuditEntry> entries(String visitId, String before, AuditEntry last, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT id, at, author, device, entity, entity_id, visit_id, action,"
                + " revision, changes FROM audit_log WHERE 1 = 1");
        if (visitId != null) {
            sql.append(" AND visit_id = ?");
            params.add(visitId);
        }
        if (before != null) {
            sql.append(" AND at < ?");
            params.add(before);
        }
        if (last != null) {
            sql.append(" AND (at < ? OR at = ? AND id < ?)");
            params.add(last.at());
            params.add(last.at());
            params.add(last.id());
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT ?");
        params.add(limit);
        return db.read(c -> Sql.query(c, sql.toString(), rs -> new AuditEntry(rs.getString("id"),
                Sql.instant(rs, "at"), rs.getString("author"), rs.getString("device"), rs.getString("entity"),
                rs.getString("entity_id"), rs.getString("visit_id"), rs.getString("action"),
                rs.getObject("revision") == null ? null : rs.getLong("revision"), rs.getString("changes")),
                params.toArray()));
    }
}
