package vn.congvu.store;

import vn.congvu.domain.Dossier;
import vn.congvu.domain.LimitKind;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.congvu.store.Columns.revisionOrNull;
import static vn.congvu.store.Columns.withId;

/** Dossiers sampled at a visit. */
public final class DossierRepository {

    static final String COLUMNS = "id, revision, visit_id, code, procedure_name, received_at, limit_days, limit_kind,"
            + " due_date, returned_at, apology_issued, digitised, filed_online, note, sort_order";

    private final RecordWriter writer;

    public DossierRepository(RecordWriter writer) {
        this.writer = writer;
    }

    public List<Dossier> dossiersOf(Connection c, String visitId) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM dossiers WHERE visit_id = ? AND deleted = 0"
                + " ORDER BY sort_order, created_at", DossierRepository::map, visitId);
    }

    /** Dossiers of every live visit of a plan (of every live visit when {@code planId} is null). */
    public List<Dossier> dossiersOfPlan(Connection c, String planId) throws SQLException {
        return Sql.query(c, "SELECT d." + COLUMNS.replace(", ", ", d.") + " FROM dossiers d JOIN visits v"
                + " ON v.id = d.visit_id WHERE d.deleted = 0 AND v.deleted = 0" + (planId == null ? "" : " AND v.plan_id = ?")
                + " ORDER BY d.sort_order, d.created_at", DossierRepository::map,
                planId == null ? new Object[0] : new Object[] {planId});
    }

    public String insert(Connection c, Dossier d) throws SQLException {
        Map<String, Object> m = columns(d);
        m.put("visit_id", d.visitId());
        return writer.insert(c, Table.DOSSIERS, withId(d.id(), m));
    }

    public boolean update(Connection c, Dossier d) throws SQLException {
        return writer.update(c, Table.DOSSIERS, d.id(), columns(d), revisionOrNull(d.revision()));
    }

    public boolean delete(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.DOSSIERS, id);
    }

    private static Map<String, Object> columns(Dossier d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code());
        m.put("procedure_name", d.procedureName());
        m.put("received_at", d.receivedAt());
        m.put("limit_days", d.limitDays());
        m.put("limit_kind", d.limitKind() == null ? LimitKind.WORKING_DAYS : d.limitKind());
        m.put("due_date", d.dueDate());
        m.put("returned_at", d.returnedAt());
        m.put("apology_issued", d.apologyIssued());
        m.put("digitised", d.digitised());
        m.put("filed_online", d.filedOnline());
        m.put("note", d.note());
        m.put("sort_order", d.sortOrder());
        return m;
    }

    static Dossier map(ResultSet rs) throws SQLException {
        return new Dossier(rs.getString("id"), rs.getString("visit_id"), rs.getString("code"),
                rs.getString("procedure_name"), Sql.dateTime(rs, "received_at"), rs.getInt("limit_days"),
                LimitKind.valueOf(rs.getString("limit_kind")), Sql.date(rs, "due_date"),
                Sql.dateTime(rs, "returned_at"), Sql.bool(rs, "apology_issued"), Sql.bool(rs, "digitised"),
                Sql.bool(rs, "filed_online"), rs.getString("note"), rs.getInt("sort_order"), rs.getLong("revision"));
    }
}
