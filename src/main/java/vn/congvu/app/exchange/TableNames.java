package vn.congvu.app.exchange;

/** The bundle key that names a table to a person ("bộ tiêu chí", "đơn vị"). */
public final class TableNames {

    private TableNames() {
    }

    /** The message key naming {@code sqlName}; callers resolve it with {@code Messages}. */
    public static String key(String sqlName) {
        return switch (sqlName) {
            case "units" -> "exchange.table.units";
            case "counters" -> "exchange.table.counters";
            case "decisions" -> "exchange.table.decisions";
            case "plans" -> "exchange.table.plans";
            case "teams" -> "exchange.table.teams";
            case "team_members" -> "exchange.table.teamMembers";
            case "plan_units" -> "exchange.table.planUnits";
            case "checklist_templates" -> "exchange.table.templates";
            case "checklist_groups" -> "exchange.table.groups";
            case "criteria" -> "exchange.table.criteria";
            case "visits" -> "exchange.table.visits";
            case "visit_inspectors" -> "exchange.table.inspectors";
            case "visit_representatives" -> "exchange.table.representatives";
            case "answers" -> "exchange.table.answers";
            case "officials" -> "exchange.table.officials";
            case "dossiers" -> "exchange.table.dossiers";
            case "evidence" -> "exchange.table.evidence";
            case "recommendations" -> "exchange.table.recommendations";
            case "corrective_actions" -> "exchange.table.actions";
            case "unit_responses" -> "exchange.table.responses";
            case "signatures" -> "exchange.table.signatures";
            case "visit_versions" -> "exchange.table.visitVersions";
            case "calendar_days" -> "exchange.table.calendarDays";
            case "settings" -> "exchange.table.settings";
            default -> "exchange.table.other";
        };
    }
}
