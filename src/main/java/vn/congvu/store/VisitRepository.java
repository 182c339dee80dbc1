package vn.congvu.store;

import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitInspector;
import vn.congvu.domain.VisitRepresentative;
import vn.congvu.domain.VisitStatus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.congvu.store.Columns.revisionOrNull;
import static vn.congvu.store.Columns.withId;

/** Visits, the inspectors present and the unit's representatives. */
public final class VisitRepository {

    static final String COLUMNS = "id, revision, plan_id, team_id, unit_id, counter_id, template_id, visit_date,"
            + " started_at, ended_at, surprise, place, minutes_number, status, overall_note";

    private final RecordWriter writer;

    public VisitRepository(RecordWriter writer) {
        this.writer = writer;
    }

    public Optional<Visit> find(Connection c, String id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM visits WHERE id = ? AND deleted = 0", VisitRepository::map, id);
    }

    public List<Visit> listByPlan(Connection c, String planId) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM visits WHERE plan_id = ? AND deleted = 0"
                + " ORDER BY visit_date DESC, started_at DESC", VisitRepository::map, planId);
    }

    public List<Visit> listAll(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM visits WHERE deleted = 0 ORDER BY visit_date DESC, started_at DESC",
                VisitRepository::map);
    }

    public List<Visit> listRecent(Connection c, int limit) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM visits WHERE deleted = 0"
                + " ORDER BY visit_date DESC, started_at DESC LIMIT ?", VisitRepository::map, limit);
    }

    public List<Visit> listByUnit(Connection c, String unitId) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM visits WHERE unit_id = ? AND deleted = 0"
                + " ORDER BY visit_date DESC, started_at DESC", VisitRepository::map, unitId);
    }

    public String insert(Connection c, Visit v) throws SQLException {
        return writer.insert(c, Table.VISITS, withId(v.id(), columns(v)));
    }

    public boolean update(Connection c, Visit v) throws SQLException {
        return writer.update(c, Table.VISITS, v.id(), columns(v), revisionOrNull(v.revision()));
    }

    public boolean delete(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.VISITS, id);
    }

    private static Map<String, Object> columns(Visit v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan_id", v.planId());
        m.put("team_id", v.teamId());
        m.put("unit_id", v.unitId());
        m.put("counter_id", v.counterId());
        m.put("template_id", v.templateId());
        m.put("visit_date", v.visitDate());
        m.put("started_at", v.startedAt());
        m.put("ended_at", v.endedAt());
        m.put("surprise", v.surprise());
        m.put("place", v.place());
        m.put("minutes_number", v.minutesNumber());
        m.put("status", v.status() == null ? VisitStatus.IN_PROGRESS : v.status());
        m.put("overall_note", v.overallNote());
        return m;
    }

    static Visit map(ResultSet rs) throws SQLException {
        return new Visit(rs.getString("id"), rs.getString("plan_id"), rs.getString("team_id"), rs.getString("unit_id"),
                rs.getString("counter_id"), rs.getString("template_id"), Sql.date(rs, "visit_date"),
                Sql.dateTime(rs, "started_at"), Sql.dateTime(rs, "ended_at"), rs.getInt("surprise") != 0,
                rs.getString("place"), rs.getString("minutes_number"),
                VisitStatus.valueOf(rs.getString("status")), rs.getString("overall_note"), rs.getLong("revision"));
    }

    // --- inspectors present ---------------------------------------------------------------------------

    public List<VisitInspector> inspectorsOf(Connection c, String visitId) throws SQLException {
        return Sql.query(c, "SELECT id, revision, visit_id, member_id, full_name, role, present FROM visit_inspectors"
                        + " WHERE visit_id = ? AND deleted = 0 ORDER BY CASE role WHEN 'LEAD' THEN 0 WHEN 'DEPUTY' THEN 1"
                        + " WHEN 'MEMBER' THEN 2 ELSE 3 END, full_name",
                rs -> new VisitInspector(rs.getString("id"), rs.getString("visit_id"), rs.getString("member_id"),
                        rs.getString("full_name"), TeamRole.valueOf(rs.getString("role")), rs.getInt("present") != 0,
                        rs.getLong("revision")), visitId);
    }

    public String insertInspector(Connection c, VisitInspector i) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("visit_id", i.visitId());
        m.put("member_id", i.memberId());
        m.put("full_name", i.fullName());
        m.put("role", i.role());
        m.put("present", i.present());
        return writer.insert(c, Table.VISIT_INSPECTORS, withId(i.id(), m));
    }

    public boolean setInspectorPresent(Connection c, String id, boolean present) throws SQLException {
        return writer.update(c, Table.VISIT_INSPECTORS, id, Map.of("present", present), null);
    }

    // --- the unit's representatives ---------------------------------------------------------------------

    public List<VisitRepresentative> representativesOf(Connection c, String visitId) throws SQLException {
        return Sql.query(c, "SELECT id, revision, visit_id, full_name, position, sort_order FROM visit_representatives"
                        + " WHERE visit_id = ? AND deleted = 0 ORDER BY sort_order, full_name",
                rs -> new VisitRepresentative(rs.getString("id"), rs.getString("visit_id"), rs.getString("full_name"),
                        rs.getString("position"), rs.getInt("sort_order"), rs.getLong("revision")), visitId);
    }

    public String insertRepresentative(Connection c, VisitRepresentative r) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("visit_id", r.visitId());
        m.put("full_name", r.fullName());
        m.put("position", r.position());
        m.put("sort_order", r.sortOrder());
        return writer.insert(c, Table.VISIT_REPRESENTATIVES, withId(r.id(), m));
    }

    public boolean updateRepresentative(Connection c, VisitRepresentative r) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("full_name", r.fullName());
        m.put("position", r.position());
        m.put("sort_order", r.sortOrder());
        return writer.update(c, Table.VISIT_REPRESENTATIVES, r.id(), m, revisionOrNull(r.revision()));
    }

    public boolean deleteRepresentative(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.VISIT_REPRESENTATIVES, id);
    }
}
