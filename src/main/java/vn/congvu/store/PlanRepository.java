package vn.congvu.store;

import vn.congvu.domain.Decision;
import vn.congvu.domain.Plan;
import vn.congvu.domain.PlanStatus;
import vn.congvu.domain.PlanUnit;
import vn.congvu.domain.Team;
import vn.congvu.domain.TeamMember;
import vn.congvu.domain.TeamRole;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.congvu.store.Columns.revisionOrNull;
import static vn.congvu.store.Columns.withId;

/** Plans, the decisions that set teams up, the teams, their members and the units each plan covers. */
public final class PlanRepository {

    private static final String PLAN_COLUMNS = "id, revision, number, issued_on, year, period_start, period_end, title,"
            + " scope, decision_id, status";

    private final RecordWriter writer;

    public PlanRepository(RecordWriter writer) {
        this.writer = writer;
    }

    // --- plans ---------------------------------------------------------------------------------------

    public List<Plan> listPlans(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + PLAN_COLUMNS + " FROM plans WHERE deleted = 0"
                + " ORDER BY year DESC, issued_on DESC, number", PlanRepository::mapPlan);
    }

    public Optional<Plan> findPlan(Connection c, String id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + PLAN_COLUMNS + " FROM plans WHERE id = ? AND deleted = 0",
                PlanRepository::mapPlan, id);
    }

    public String insertPlan(Connection c, Plan p) throws SQLException {
        return writer.insert(c, Table.PLANS, withId(p.id(), planColumns(p)));
    }

    public boolean updatePlan(Connection c, Plan p) throws SQLException {
        return writer.update(c, Table.PLANS, p.id(), planColumns(p), revisionOrNull(p.revision()));
    }

    public boolean deletePlan(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.PLANS, id);
    }

    private static Map<String, Object> planColumns(Plan p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("number", p.number());
        v.put("issued_on", p.issuedOn());
        v.put("year", p.year());
        v.put("period_start", p.periodStart());
        v.put("period_end", p.periodEnd());
        v.put("title", p.title());
        v.put("scope", p.scope());
        v.put("decision_id", p.decisionId());
        v.put("status", p.status() == null ? PlanStatus.ACTIVE : p.status());
        return v;
    }

    static Plan mapPlan(ResultSet rs) throws SQLException {
        return new Plan(rs.getString("id"), rs.getString("number"), Sql.date(rs, "issued_on"), rs.getInt("year"),
                Sql.date(rs, "period_start"), Sql.date(rs, "period_end"), rs.getString("title"),
                rs.getString("scope"), rs.getString("decision_id"),
                Sql.enumValue(rs, "status", PlanStatus.class), rs.getLong("revision"));
    }

    // --- decisions -----------------------------------------------------------------------------------

    public Optional<Decision> findDecision(Connection c, String id) throws SQLException {
        return Sql.queryOne(c, "SELECT id, revision, number, signed_on, signer, issuer, title FROM decisions"
                + " WHERE id = ? AND deleted = 0", rs -> new Decision(rs.getString("id"), rs.getString("number"),
                Sql.date(rs, "signed_on"), rs.getString("signer"), rs.getString("issuer"), rs.getString("title"),
                rs.getLong("revision")), id);
    }

    public String insertDecision(Connection c, Decision d) throws SQLException {
        return writer.insert(c, Table.DECISIONS, withId(d.id(), decisionColumns(d)));
    }

    public boolean updateDecision(Connection c, Decision d) throws SQLException {
        return writer.update(c, Table.DECISIONS, d.id(), decisionColumns(d), revisionOrNull(d.revision()));
    }

    private static Map<String, Object> decisionColumns(Decision d) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("number", d.number());
        v.put("signed_on", d.signedOn());
        v.put("signer", d.signer());
        v.put("issuer", d.issuer());
        v.put("title", d.title());
        return v;
    }

    // --- teams and members ---------------------------------------------------------------------------

    public List<Team> teamsOf(Connection c, String planId) throws SQLException {
        return Sql.query(c, "SELECT id, revision, plan_id, name, decision_id FROM teams WHERE plan_id = ? AND deleted = 0"
                        + " ORDER BY created_at",
                rs -> new Team(rs.getString("id"), rs.getString("plan_id"), rs.getString("name"),
                        rs.getString("decision_id"), rs.getLong("revision")), planId);
    }

    public String insertTeam(Connection c, Team t) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("plan_id", t.planId());
        v.put("name", t.name());
        v.put("decision_id", t.decisionId());
        return writer.insert(c, Table.TEAMS, withId(t.id(), v));
    }

    public boolean updateTeam(Connection c, Team t) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", t.name());
        v.put("decision_id", t.decisionId());
        return writer.update(c, Table.TEAMS, t.id(), v, revisionOrNull(t.revision()));
    }

    public List<TeamMember> membersOf(Connection c, String teamId) throws SQLException {
        return Sql.query(c, "SELECT id, revision, team_id, full_name, position, organisation, role, sort_order"
                + " FROM team_members WHERE team_id = ? AND deleted = 0 ORDER BY sort_order, full_name",
                PlanRepository::mapMember, teamId);
    }

    public String insertMember(Connection c, TeamMember m) throws SQLException {
        Map<String, Object> v = memberColumns(m);
        v.put("team_id", m.teamId());
        return writer.insert(c, Table.TEAM_MEMBERS, withId(m.id(), v));
    }

    public boolean updateMember(Connection c, TeamMember m) throws SQLException {
        return writer.update(c, Table.TEAM_MEMBERS, m.id(), memberColumns(m), revisionOrNull(m.revision()));
    }

    public boolean deleteMember(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.TEAM_MEMBERS, id);
    }

    private static Map<String, Object> memberColumns(TeamMember m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("full_name", m.fullName());
        v.put("position", m.position());
        v.put("organisation", m.organisation());
        v.put("role", m.role());
        v.put("sort_order", m.sortOrder());
        return v;
    }

    static TeamMember mapMember(ResultSet rs) throws SQLException {
        return new TeamMember(rs.getString("id"), rs.getString("team_id"), rs.getString("full_name"),
                rs.getString("position"), rs.getString("organisation"), TeamRole.valueOf(rs.getString("role")),
                rs.getInt("sort_order"), rs.getLong("revision"));
    }

    // --- units of a plan -----------------------------------------------------------------------------

    public List<PlanUnit> unitsOf(Connection c, String planId) throws SQLException {
        return Sql.query(c, "SELECT id, revision, plan_id, unit_id, planned_on, sort_order FROM plan_units"
                        + " WHERE plan_id = ? AND deleted = 0 ORDER BY sort_order",
                rs -> new PlanUnit(rs.getString("id"), rs.getString("plan_id"), rs.getString("unit_id"),
                        Sql.date(rs, "planned_on"), rs.getInt("sort_order"), rs.getLong("revision")), planId);
    }

    public String insertPlanUnit(Connection c, PlanUnit pu) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("plan_id", pu.planId());
        v.put("unit_id", pu.unitId());
        v.put("planned_on", pu.plannedOn());
        v.put("sort_order", pu.sortOrder());
        return writer.insert(c, Table.PLAN_UNITS, withId(pu.id(), v));
    }

    public boolean deletePlanUnit(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.PLAN_UNITS, id);
    }
}
