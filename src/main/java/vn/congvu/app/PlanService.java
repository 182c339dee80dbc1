package vn.congvu.app;

import vn.congvu.domain.Decision;
import vn.congvu.domain.Plan;
import vn.congvu.domain.PlanStatus;
import vn.congvu.domain.PlanUnit;
import vn.congvu.domain.Team;
import vn.congvu.domain.TeamMember;
import vn.congvu.store.Database;
import vn.congvu.store.PlanRepository;
import vn.congvu.store.Sql;
import vn.congvu.store.Table;
import vn.congvu.store.UnitRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Inspection plans, their teams and the units they cover. */
public final class PlanService {

    private final Database db;
    private final PlanRepository plans;
    private final UnitRepository units;
    private final Clock clock;

    PlanService(Database db, PlanRepository plans, UnitRepository units, Clock clock) {
        this.db = db;
        this.plans = plans;
        this.units = units;
        this.clock = clock;
    }

    /** The plan with its decision, team, members and units. */
    public PlanDetails details(String planId) {
        return db.read(c -> {
            Plan plan = plans.findPlan(c, planId).orElseThrow(() -> new AppException("error.plan.notFound", planId));
            Decision decision = plan.decisionId() == null ? null : plans.findDecision(c, plan.decisionId()).orElse(null);
            List<Team> teams = plans.teamsOf(c, planId);
            Team team = teams.isEmpty() ? null : teams.get(0);
            List<TeamMember> members = team == null ? List.of() : plans.membersOf(c, team.id());
            Set<String> visited = new HashSet<>(Sql.query(c,
                    "SELECT DISTINCT unit_id FROM visits WHERE plan_id = ? AND deleted = 0", rs -> rs.getString(1), planId));
            List<PlanDetails.PlannedUnit> planned = new ArrayList<>();
            for (PlanUnit pu : plans.unitsOf(c, planId)) {
                units.find(c, pu.unitId()).ifPresent(u -> planned.add(
                        new PlanDetails.PlannedUnit(pu, u, visited.contains(u.id()))));
            }
            return new PlanDetails(plan, decision, team, members, planned);
        });
    }

    /** Creates an empty plan for this year, with its team, ready to be filled in. */
    public PlanDetails create(String teamName) {
        int year = LocalDate.now(clock).getYear();
        String id = db.write(c -> {
            String planId = plans.insertPlan(c, new Plan(null, "", LocalDate.now(clock), year, null, null,
                    "", null, null, PlanStatus.DRAFT, 0));
            plans.insertTeam(c, new Team(null, planId, teamName, null, 0));
            return planId;
        });
        return details(id);
    }

    /** Saves the plan's own fields after checking them. */
    public Plan savePlan(Plan plan) {
        validate(plan);
        return db.write(c -> {
            plans.updatePlan(c, plan);
            return plans.findPlan(c, plan.id()).orElseThrow();
        });
    }

    static void validate(Plan plan) {
        if (plan.year() < 2000 || plan.year() > 2100) {
            throw new AppException("error.plan.yearOutOfRange", String.valueOf(plan.year()));
        }
        if (plan.periodStart() != null && plan.periodEnd() != null && plan.periodEnd().isBefore(plan.periodStart())) {
            throw new AppException("error.plan.periodReversed");
        }
    }

    /** Creates or changes the decision that set up the plan's team, and links it to the plan and the team. */
    public Decision saveDecision(String planId, Decision decision) {
        if (decision.number() == null || decision.number().isBlank()) {
            throw new AppException("error.plan.decisionNumberMissing");
        }
        return db.write(c -> {
            Plan plan = plans.findPlan(c, planId).orElseThrow(() -> new AppException("error.plan.notFound", planId));
            String id;
            if (decision.id() == null) {
                id = plans.insertDecision(c, decision);
                plans.updatePlan(c, new Plan(plan.id(), plan.number(), plan.issuedOn(), plan.year(), plan.periodStart(),
                        plan.periodEnd(), plan.title(), plan.scope(), id, plan.status(), 0));
                for (Team t : plans.teamsOf(c, planId)) {
                    plans.updateTeam(c, new Team(t.id(), t.planId(), t.name(), id, 0));
                }
            } else {
                plans.updateDecision(c, decision);
                id = decision.id();
            }
            return plans.findDecision(c, id).orElseThrow();
        });
    }

    /** Adds a member to the plan's team, or changes one. */
    public TeamMember saveMember(TeamMember member) {
        if (member.fullName() == null || member.fullName().isBlank()) {
            throw new AppException("error.plan.memberNameMissing");
        }
        return db.write(c -> {
            String id = member.id() == null ? plans.insertMember(c, member) : member.id();
            if (member.id() != null) {
                plans.updateMember(c, member);
            }
            return plans.membersOf(c, member.teamId()).stream().filter(m -> m.id().equals(id)).findFirst()
                    .orElseThrow();
        });
    }

    public void deleteMember(String memberId) {
        db.write(c -> plans.deleteMember(c, memberId));
    }

    /** Adds units to the plan; units already in it are left as they are. */
    public void addUnits(String planId, List<String> unitIds) {
        db.write(c -> {
            Set<String> present = new HashSet<>();
            int order = 0;
            for (PlanUnit pu : plans.unitsOf(c, planId)) {
                present.add(pu.unitId());
                order = Math.max(order, pu.sortOrder());
            }
            for (String unitId : unitIds) {
                if (present.add(unitId)) {
                    plans.insertPlanUnit(c, new PlanUnit(null, planId, unitId, null, ++order, 0));
                }
            }
            return null;
        });
    }

    public void removeUnit(String planUnitId) {
        db.write(c -> plans.deletePlanUnit(c, planUnitId));
    }

    /** A plan with how far it has got. */
    public record PlanSummary(Plan plan, long unitsPlanned, long unitsVisited, long visits, long openRecommendations) {
    }

    public List<PlanSummary> list() {
        return db.read(c -> {
            List<PlanSummary> out = new ArrayList<>();
            for (Plan p : plans.listPlans(c)) {
                out.add(new PlanSummary(p,
                        Sql.queryLong(c, "SELECT count(*) FROM plan_units WHERE plan_id = ? AND deleted = 0", p.id()),
                        Sql.queryLong(c, "SELECT count(DISTINCT unit_id) FROM visits WHERE plan_id = ? AND deleted = 0",
                                p.id()),
                        Sql.queryLong(c, "SELECT count(*) FROM visits WHERE plan_id = ? AND deleted = 0", p.id()),
                        Sql.queryLong(c, "SELECT count(*) FROM recommendations r JOIN visits v ON v.id = r.visit_id"
                                + " WHERE v.plan_id = ? AND v.deleted = 0 AND r.deleted = 0"
                                + " AND r.status IN ('OPEN', 'IN_PROGRESS')", p.id())));
            }
            return out;
        });
    }

    /** The plan with this id, or with the one id starting with it. */
    public Plan resolve(String idOrPrefix) {
        return db.read(c -> {
            String id = Ids.resolve(Sql.liveIdsStartingWith(c, Table.PLANS, idOrPrefix.trim(), 2), idOrPrefix,
                    "error.plan.notFound", "error.plan.ambiguous");
            return plans.findPlan(c, id).orElseThrow();
        });
    }
}
