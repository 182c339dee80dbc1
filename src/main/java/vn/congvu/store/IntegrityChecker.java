package vn.congvu.store;

import vn.congvu.domain.IntegrityIssue;
import vn.congvu.domain.IntegrityIssue.IntegrityCheck;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Checks that the file, its references and its search index hold together. */
public final class IntegrityChecker {

    /** Foreign keys whose target must be live when the row pointing at it is live. */
    private static final String[][] LIVE_REFERENCES = {
            {"visits", "unit_id", "units"},
            {"visits", "template_id", "checklist_templates"},
            {"answers", "visit_id", "visits"},
            {"answers", "criterion_id", "criteria"},
            {"criteria", "group_id", "checklist_groups"},
            {"officials", "visit_id", "visits"},
            {"dossiers", "visit_id", "visits"},
            {"evidence", "visit_id", "visits"},
            {"recommendations", "visit_id", "visits"},
            {"corrective_actions", "recommendation_id", "recommendations"},
            {"signatures", "visit_id", "visits"},
    };

    /**
     * Only SQLite's own check of the file (pages, b-trees; indexes too when {@code full}): what a damaged
     * disk or an interrupted copy breaks. Fast enough for every start with {@code full = false}.
     */
    public List<IntegrityIssue> fileCheck(Connection c, boolean full) throws SQLException {
        List<IntegrityIssue> issues = new ArrayList<>();
        for (String line : Sql.query(c, full ? "PRAGMA integrity_check" : "PRAGMA quick_check", rs -> rs.getString(1))) {
            if (!"ok".equalsIgnoreCase(line)) {
                issues.add(new IntegrityIssue(IntegrityCheck.SQLITE_INTEGRITY, line));
            }
        }
        return issues;
    }

    /** {@code full} runs SQLite's full integrity_check; otherwise the faster quick_check. */
    public List<IntegrityIssue> check(Connection c, boolean full) throws SQLException {
        List<IntegrityIssue> issues = fileCheck(c, full);
        for (String row : Sql.query(c, "PRAGMA foreign_key_check",
                rs -> rs.getString("table") + " rowid " + rs.getLong("rowid") + " -> " + rs.getString("parent"))) {
            issues.add(new IntegrityIssue(IntegrityCheck.FOREIGN_KEY, row));
        }
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)");
        } catch (SQLException e) {
            issues.add(new IntegrityIssue(IntegrityCheck.SEARCH_INDEX, e.getMessage()));
        }
        for (String row : Sql.query(c, "SELECT a.id FROM answers a JOIN visits v ON v.id = a.visit_id"
                + " JOIN criteria cr ON cr.id = a.criterion_id WHERE a.deleted = 0 AND cr.template_id <> v.template_id",
                rs -> rs.getString(1))) {
            issues.add(new IntegrityIssue(IntegrityCheck.TEMPLATE_MISMATCH, "answer " + row));
        }
        for (String[] ref : LIVE_REFERENCES) {
            for (String id : Sql.query(c, "SELECT x.id FROM " + ref[0] + " x JOIN " + ref[2] + " t ON t.id = x." + ref[1]
                    + " WHERE x.deleted = 0 AND t.deleted = 1", rs -> rs.getString(1))) {
                issues.add(new IntegrityIssue(IntegrityCheck.DELETED_REFERENCE,
                        ref[0] + " " + id + " -> deleted " + ref[2]));
            }
        }
        return issues;
    }
}
