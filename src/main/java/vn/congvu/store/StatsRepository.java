package vn.congvu.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of live records, for `stats` and the diagnostics. */
public final class StatsRepository {

    private static final Map<String, String> COUNTED = new LinkedHashMap<>();

    static {
        COUNTED.put("units", "units");
        COUNTED.put("plans", "plans");
        COUNTED.put("teams", "teams");
        COUNTED.put("members", "team_members");
        COUNTED.put("visits", "visits");
        COUNTED.put("answers", "answers");
        COUNTED.put("officials", "officials");
        COUNTED.put("dossiers", "dossiers");
        COUNTED.put("evidence", "evidence");
        COUNTED.put("recommendations", "recommendations");
        COUNTED.put("actions", "corrective_actions");
        COUNTED.put("signatures", "signatures");
        COUNTED.put("templates", "checklist_templates");
        COUNTED.put("criteria", "criteria");
        COUNTED.put("holidays", "calendar_days");
    }

    public Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : COUNTED.entrySet()) {
            out.put(e.getKey(), Sql.queryLong(c, "SELECT count(*) FROM " + e.getValue() + " WHERE deleted = 0"));
        }
        return out;
    }
}
