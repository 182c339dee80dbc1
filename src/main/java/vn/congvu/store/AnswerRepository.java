package vn.congvu.store;

import vn.congvu.domain.Answer;
import vn.congvu.domain.Result;
import vn.congvu.domain.Severity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.congvu.store.Columns.revisionOrNull;
import static vn.congvu.store.Columns.withId;

/** The findings of a visit, one live answer per criterion. */
public final class AnswerRepository {

    private static final String COLUMNS = "id, revision, visit_id, criterion_id, result, value1, value2, choice, note,"
            + " severity";

    /** The columns an answer's save may change. */
    private static final List<String> EDITABLE = List.of("result", "value1", "value2", "choice", "note", "severity");
    private static final String FIND_CURRENT = "SELECT " + COLUMNS + ", device FROM answers"
            + " WHERE visit_id = ? AND criterion_id = ? AND deleted = 0";

    private final RecordWriter writer;

    /**
     * The live answer to a criterion as read in the current write transaction, with what its update needs
     * ({@link RecordWriter.Stored}), so that a save reads the row once.
     */
    public record Current(Answer answer, RecordWriter.Stored stored) {
    }

    public AnswerRepository(RecordWriter writer) {
        this.writer = writer;
    }

    public List<Answer> answersOf(Connection c, String visitId) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM answers WHERE visit_id = ? AND deleted = 0",
                AnswerRepository::map, visitId);
    }

    /** Answers of every live visit of a plan (of every live visit when {@code planId} is null). */
    public List<Answer> answersOfPlan(Connection c, String planId) throws SQLException {
        return Sql.query(c, "SELECT a." + COLUMNS.replace(", ", ", a.") + " FROM answers a JOIN visits v ON v.id = a.visit_id"
                + " WHERE a.deleted = 0 AND v.deleted = 0" + (planId == null ? "" : " AND v.plan_id = ?"),
                AnswerRepository::map, planId == null ? new Object[0] : new Object[] {planId});
    }

    public Optional<Answer> find(Connection c, String visitId, String criterionId) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM answers WHERE visit_id = ? AND criterion_id = ?"
                + " AND deleted = 0", AnswerRepository::map, visitId, criterionId);
    }

    /** The live answer with what a save needs; read it inside the write transaction that saves. */
    public Optional<Current> findCurrent(Connection c, String visitId, String criterionId) throws SQLException {
        return Sql.queryOne(c, FIND_CURRENT, rs -> new Current(map(rs), RecordWriter.Stored.of(rs, Table.ANSWERS, EDITABLE)),
                visitId, criterionId);
    }

    /**
     * Saves the answer to its criterion: creates it, or changes the live one. Returns the stored answer
     * (with its new revision); unchanged values write nothing.
     */
    public Answer save(Connection c, Answer a) throws SQLException {
        return save(c, a, findCurrent(c, a.visitId(), a.criterionId()));
    }

    /**
     * As {@link #save(Connection, Answer)}, with the live answer already read by {@link #findCurrent} in this
     * same transaction (so nothing can have changed it since).
     */
    public Answer save(Connection c, Answer a, Optional<Current> existing) throws SQLException {
        if (existing.isPresent() && (!existing.get().answer().visitId().equals(a.visitId())
                || !existing.get().answer().criterionId().equals(a.criterionId()))) {
            throw new IllegalArgumentException("the answer read is not the one saved");
        }
        if (existing.isEmpty()) {
            Map<String, Object> m = columns(a);
            m.put("visit_id", a.visitId());
            m.put("criterion_id", a.criterionId());
            String id = writer.insert(c, Table.ANSWERS, withId(a.id(), m));
            return new Answer(id, a.visitId(), a.criterionId(), a.result(), a.value1(), a.value2(), a.choice(),
                    a.note(), a.severity(), 1);
        }
        Answer current = existing.get().answer();
        Long expected = a.id() != null && a.id().equals(current.id()) ? revisionOrNull(a.revision()) : null;
        boolean changed = writer.update(c, Table.ANSWERS, existing.get().stored(), columns(a), expected);
        return new Answer(current.id(), a.visitId(), a.criterionId(), a.result(), a.value1(), a.value2(), a.choice(),
                a.note(), a.severity(), changed ? current.revision() + 1 : current.revision());
    }

    private static Map<String, Object> columns(Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("result", a.result());
        m.put("value1", a.value1());
        m.put("value2", a.value2());
        m.put("choice", a.choice());
        m.put("note", a.note());
        m.put("severity", a.severity());
        return m;
    }

    static Answer map(ResultSet rs) throws SQLException {
        return new Answer(rs.getString("id"), rs.getString("visit_id"), rs.getString("criterion_id"),
                Sql.enumValue(rs, "result", Result.class), Sql.dbl(rs, "value1"), Sql.dbl(rs, "value2"),
                rs.getString("choice"), rs.getString("note"), Sql.enumValue(rs, "severity", Severity.class),
                rs.getLong("revision"));
    }
}
