package vn.congvu.store;

import vn.congvu.domain.Attitude;
import vn.congvu.domain.Official;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.congvu.store.Columns.revisionOrNull;
import static vn.congvu.store.Columns.withId;

/** Officials on duty found at a visit. */
public final class OfficialRepository {

    private static final String COLUMNS = "id, revision, visit_id, full_name, position, badge_worn, dress_ok,"
            + " present_at_post, attitude, note, sort_order";

    private final RecordWriter writer;

    public OfficialRepository(RecordWriter writer) {
        this.writer = writer;
    }

    public List<Official> officialsOf(Connection c, String visitId) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM officials WHERE visit_id = ? AND deleted = 0"
                + " ORDER BY sort_order, created_at", OfficialRepository::map, visitId);
    }

    /** Officials of every live visit of a plan (of every live visit when {@code planId} is null). */
    public List<Official> officialsOfPlan(Connection c, String planId) throws SQLException {
        return Sql.query(c, "SELECT o." + COLUMNS.replace(", ", ", o.") + " FROM officials o JOIN visits v"
                + " ON v.id = o.visit_id WHERE o.deleted = 0 AND v.deleted = 0" + (planId == null ? "" : " AND v.plan_id = ?")
                + " ORDER BY o.sort_order, o.created_at", OfficialRepository::map,
                planId == null ? new Object[0] : new Object[] {planId});
    }

    public String insert(Connection c, Official o) throws SQLException {
        Map<String, Object> m = columns(o);
        m.put("visit_id", o.visitId());
        return writer.insert(c, Table.OFFICIALS, withId(o.id(), m));
    }

    public boolean update(Connection c, Official o) throws SQLException {
        return writer.update(c, Table.OFFICIALS, o.id(), columns(o), revisionOrNull(o.revision()));
    }

    public boolean delete(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.OFFICIALS, id);
    }

    private static Map<String, Object> columns(Official o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("full_name", o.fullName());
        m.put("position", o.position());
        m.put("badge_worn", o.badgeWorn());
        m.put("dress_ok", o.dressOk());
        m.put("present_at_post", o.presentAtPost());
        m.put("attitude", o.attitude());
        m.put("note", o.note());
        m.put("sort_order", o.sortOrder());
        return m;
    }

    static Official map(ResultSet rs) throws SQLException {
        return new Official(rs.getString("id"), rs.getString("visit_id"), rs.getString("full_name"),
                rs.getString("position"), Sql.bool(rs, "badge_worn"), Sql.bool(rs, "dress_ok"),
                Sql.bool(rs, "present_at_post"), Sql.enumValue(rs, "attitude", Attitude.class), rs.getString("note"),
                rs.getInt("sort_order"), rs.getLong("revision"));
    }
}
