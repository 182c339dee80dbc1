package vn.congvu.exchange;

import vn.congvu.store.Sql;
import vn.congvu.store.Table;
import vn.congvu.store.VersionVector;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records a package will carry, read on one snapshot. A plan or chosen visits bring the whole of
 * the reference tables (units, counters, templates, holidays: a few hundred rows, and a visit is
 * unreadable without its template) and every record their records refer to, so that a package imports
 * on a laptop that has never seen the plan. Tombstones travel like any version.
 */
final class ExportSelection {

    private static final List<Table> REFERENCE_TABLES = List.of(Table.UNITS, Table.COUNTERS, Table.DECISIONS,
            Table.CHECKLIST_TEMPLATES, Table.CHECKLIST_GROUPS, Table.CRITERIA, Table.CALENDAR_DAYS);
    private static final int CHUNK = 400;

    private final Schema schema;

    ExportSelection(Schema schema) {
        this.schema = schema;
    }

    /** The selected rows of each table (column → value), in table order. */
    Map<Table, Map<String, Map<String, Object>>> select(Connection c, ExportScope scope) throws SQLException {
        Map<Table, Map<String, Map<String, Object>>> rows = new LinkedHashMap<>();
        for (Table t : Schema.EXCHANGED) {
            rows.put(t, new LinkedHashMap<>());
        }
        if (scope.kind() == ExportScope.Kind.ALL) {
            for (Table t : Schema.EXCHANGED) {
                addAll(rows.get(t), query(c, t, "1 = 1"));
            }
        } else {
            for (Table t : REFERENCE_TABLES) {
                addAll(rows.get(t), query(c, t, "1 = 1"));
            }
            List<String> visitIds;
            if (scope.kind() == ExportScope.Kind.PLAN) {
                addAll(rows.get(Table.PLANS), query(c, Table.PLANS, "id = ?", scope.planId()));
                addAll(rows.get(Table.TEAMS), query(c, Table.TEAMS, "plan_id = ?", scope.planId()));
                addAll(rows.get(Table.TEAM_MEMBERS), query(c, Table.TEAM_MEMBERS,
                        "team_id IN (SELECT id FROM teams WHERE plan_id = ?)", scope.planId()));
                addAll(rows.get(Table.PLAN_UNITS), query(c, Table.PLAN_UNITS, "plan_id = ?", scope.planId()));
                visitIds = Sql.query(c, "SELECT id FROM visits WHERE plan_id = ?", rs -> rs.getString(1), scope.planId());
            } else {
                visitIds = scope.visitIds();
            }
            for (Table t : Schema.EXCHANGED) {
                if (t.visitColumn() != null) {
                    addAll(rows.get(t), queryIn(c, t, t.visitColumn(), visitIds));
                }
            }
            closeReferences(c, rows);
        }
        return rows;
    }

    /** Adds whatever the selected rows refer to, until nothing is missing. */
    private void closeReferences(Connection c, Map<Table, Map<String, Map<String, Object>>> rows) throws SQLException {
        boolean added = true;
        while (added) {
            added = false;
            Map<Table, Set<String>> missing = new HashMap<>();
            for (Table t : Schema.EXCHANGED) {
                for (Schema.Reference ref : schema.info(t).references()) {
                    Table parent = Schema.tableNamed(ref.parent());
                    for (Map<String, Object> row : rows.get(t).values()) {
                        Object v = row.get(ref.column());
                        if (parent != null && v != null && !rows.get(parent).containsKey(v.toString())) {
                            missing.computeIfAbsent(parent, k -> new HashSet<>()).add(v.toString());
                        }
                    }
                }
            }
            for (Map.Entry<Table, Set<String>> e : missing.entrySet()) {
                List<Map<String, Object>> found = queryIn(c, e.getKey(), "id", new ArrayList<>(e.getValue()));
                added |= !found.isEmpty();
                addAll(rows.get(e.getKey()), found);
            }
        }
    }

    /** The history of each selected record: what is stored, plus its own edit. */
    static Map<String, VersionVector> clocks(Connection c, Table t, Map<String, Map<String, Object>> rows)
            throws SQLException {
        Map<String, VersionVector> stored = new HashMap<>();
        for (Object[] r : Sql.query(c, "SELECT id, clock FROM sync_clocks WHERE tbl = ?",
                rs -> new Object[] {rs.getString(1), rs.getString(2)}, t.sqlName())) {
            stored.put((String) r[0], VersionVector.parse((String) r[1]));
        }
        Map<String, VersionVector> out = new HashMap<>();
        for (Map<String, Object> row : rows.values()) {
            String id = (String) row.get("id");
            out.put(id, stored.getOrDefault(id, VersionVector.EMPTY).with((String) row.get("device"),
                    ((Number) row.get("revision")).longValue()));
        }
        return out;
    }

    private static void addAll(Map<String, Map<String, Object>> into, List<Map<String, Object>> rows) {
        for (Map<String, Object> r : rows) {
            into.put((String) r.get("id"), r);
        }
    }

    private List<Map<String, Object>> query(Connection c, Table t, String where, Object... params) throws SQLException {
        List<String> cols = schema.info(t).columnNames();
        return Sql.query(c, "SELECT " + String.join(", ", cols) + " FROM " + t.sqlName() + " WHERE " + where
                + " ORDER BY id", rs -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < cols.size(); i++) {
                m.put(cols.get(i), rs.getObject(i + 1));
            }
            return m;
        }, params);
    }

    private List<Map<String, Object>> queryIn(Connection c, Table t, String column, List<String> values)
            throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<String> part = values.subList(from, Math.min(values.size(), from + CHUNK));
            out.addAll(query(c, t, column + " IN (" + "?, ".repeat(part.size() - 1) + "?)", part.toArray()));
        }
        return out;
    }
}
