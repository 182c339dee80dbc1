package vn.congvu.store;

import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.CorrectiveAction;
import vn.congvu.domain.Recommendation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.congvu.store.Columns.revisionOrNull;
import static vn.congvu.store.Columns.withId;

/** Recommendations (kiến nghị) and the corrective actions (biện pháp khắc phục) that answer them. */
public final class FollowUpRepository {

    private static final String REC_COLUMNS = "id, revision, visit_id, unit_id, criterion_id, text, deadline, status,"
            + " sort_order";
    private static final String ACTION_COLUMNS = "id, revision, recommendation_id, visit_id, unit_id, text, responsible,"
            + " deadline, status, completed_on, verified_visit_id, note";

    private final RecordWriter writer;

    public FollowUpRepository(RecordWriter writer) {
        this.writer = writer;
    }

    public List<Recommendation> recommendationsOf(Connection c, String visitId) throws SQLException {
        return Sql.query(c, "SELECT " + REC_COLUMNS + " FROM recommendations WHERE visit_id = ? AND deleted = 0"
                + " ORDER BY sort_order, created_at", FollowUpRepository::mapRecommendation, visitId);
    }

    /** Recommendations still open for a unit, from any earlier visit, oldest first. */
    public List<Recommendation> openRecommendationsOfUnit(Connection c, String unitId) throws SQLException {
        return Sql.query(c, "SELECT r." + REC_COLUMNS.replace(", ", ", r.") + " FROM recommendations r"
                        + " JOIN visits v ON v.id = r.visit_id AND v.deleted = 0"
                        + " WHERE r.unit_id = ? AND r.deleted = 0 AND r.status IN ('OPEN', 'IN_PROGRESS')"
                        + " ORDER BY v.visit_date, r.sort_order",
                FollowUpRepository::mapRecommendation, unitId);
    }

    public String insertRecommendation(Connection c, Recommendation r) throws SQLException {
        Map<String, Object> m = recommendationColumns(r);
        m.put("visit_id", r.visitId());
        m.put("unit_id", r.unitId());
        return writer.insert(c, Table.RECOMMENDATIONS, withId(r.id(), m));
    }

    public boolean updateRecommendation(Connection c, Recommendation r) throws SQLException {
        return writer.update(c, Table.RECOMMENDATIONS, r.id(), recommendationColumns(r), revisionOrNull(r.revision()));
    }

    public boolean deleteRecommendation(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.RECOMMENDATIONS, id);
    }

    private static Map<String, Object> recommendationColumns(Recommendation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("criterion_id", r.criterionId());
        m.put("text", r.text());
        m.put("deadline", r.deadline());
        m.put("status", r.status() == null ? ActionStatus.OPEN : r.status());
        m.put("sort_order", r.sortOrder());
        return m;
    }

    static Recommendation mapRecommendation(ResultSet rs) throws SQLException {
        return new Recommendation(rs.getString("id"), rs.getString("visit_id"), rs.getString("unit_id"),
                rs.getString("criterion_id"), rs.getString("text"), Sql.date(rs, "deadline"),
                ActionStatus.valueOf(rs.getString("status")), rs.getInt("sort_order"), rs.getLong("revision"));
    }

    public List<CorrectiveAction> actionsOfVisit(Connection c, String visitId) throws SQLException {
        return Sql.query(c, "SELECT " + ACTION_COLUMNS + " FROM corrective_actions WHERE visit_id = ? AND deleted = 0"
                + " ORDER BY deadline, created_at", FollowUpRepository::mapAction, visitId);
    }

    /** Corrective actions of a unit not yet done or cancelled, from any visit, by deadline. */
    public List<CorrectiveAction> openActionsOfUnit(Connection c, String unitId) throws SQLException {
        return Sql.query(c, "SELECT " + ACTION_COLUMNS + " FROM corrective_actions WHERE unit_id = ? AND deleted = 0"
                + " AND status IN ('OPEN', 'IN_PROGRESS') ORDER BY deadline, created_at",
                FollowUpRepository::mapAction, unitId);
    }

    public String insertAction(Connection c, CorrectiveAction a) throws SQLException {
        Map<String, Object> m = actionColumns(a);
        m.put("recommendation_id", a.recommendationId());
        m.put("visit_id", a.visitId());
        m.put("unit_id", a.unitId());
        return writer.insert(c, Table.CORRECTIVE_ACTIONS, withId(a.id(), m));
    }

    public boolean updateAction(Connection c, CorrectiveAction a) throws SQLException {
        return writer.update(c, Table.CORRECTIVE_ACTIONS, a.id(), actionColumns(a), revisionOrNull(a.revision()));
    }

    public boolean deleteAction(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.CORRECTIVE_ACTIONS, id);
    }

    private static Map<String, Object> actionColumns(CorrectiveAction a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.text());
        m.put("responsible", a.responsible());
        m.put("deadline", a.deadline());
        m.put("status", a.status() == null ? ActionStatus.OPEN : a.status());
        m.put("completed_on", a.completedOn());
        m.put("verified_visit_id", a.verifiedVisitId());
        m.put("note", a.note());
        return m;
    }

    static CorrectiveAction mapAction(ResultSet rs) throws SQLException {
        return new CorrectiveAction(rs.getString("id"), rs.getString("recommendation_id"), rs.getString("visit_id"),
                rs.getString("unit_id"), rs.getString("text"), rs.getString("responsible"), Sql.date(rs, "deadline"),
                ActionStatus.valueOf(rs.getString("status")), Sql.date(rs, "completed_on"),
                rs.getString("verified_visit_id"), rs.getString("note"), rs.getLong("revision"));
    }
}
