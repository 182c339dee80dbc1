package vn.congvu.store;

/**
 * The tables of records, with the column that ties a row to a visit (for the audit log's per-visit
 * view). All of them carry the bookkeeping columns described in V1__domain.sql.
 */
public enum Table {
    SETTINGS("settings", null),
    UNITS("units", null),
    COUNTERS("counters", null),
    DECISIONS("decisions", null),
    PLANS("plans", null),
    TEAMS("teams", null),
    TEAM_MEMBERS("team_members", null),
    PLAN_UNITS("plan_units", null),
    CHECKLIST_TEMPLATES("checklist_templates", null),
    CHECKLIST_GROUPS("checklist_groups", null),
    CRITERIA("criteria", null),
    VISITS("visits", "id"),
    VISIT_INSPECTORS("visit_inspectors", "visit_id"),
    VISIT_REPRESENTATIVES("visit_representatives", "visit_id"),
    ANSWERS("answers", "visit_id"),
    OFFICIALS("officials", "visit_id"),
    DOSSIERS("dossiers", "visit_id"),
    EVIDENCE("evidence", "visit_id"),
    RECOMMENDATIONS("recommendations", "visit_id"),
    CORRECTIVE_ACTIONS("corrective_actions", "visit_id"),
    UNIT_RESPONSES("unit_responses", "visit_id"),
    SIGNATURES("signatures", "visit_id"),
    /** finalised versions of a visit, kept readable after a reopen */
    VISIT_VERSIONS("visit_versions", "visit_id"),
    CALENDAR_DAYS("calendar_days", null);

    private final String sqlName;
    private final String visitColumn;

    Table(String sqlName, String visitColumn) {
        this.sqlName = sqlName;
        this.visitColumn = visitColumn;
    }

    public String sqlName() {
        return sqlName;
    }

    /** The column holding the visit id, or null when rows do not belong to a visit. */
    public String visitColumn() {
        return visitColumn;
    }
}
