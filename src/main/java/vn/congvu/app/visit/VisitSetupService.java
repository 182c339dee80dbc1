package vn.congvu.app.visit;

import vn.congvu.app.AppException;
import vn.congvu.app.StoreErrors;
import vn.congvu.domain.PlanUnit;
import vn.congvu.domain.Team;
import vn.congvu.domain.TeamMember;
import vn.congvu.domain.Unit;
import vn.congvu.store.Database;
import vn.congvu.store.PlanRepository;
import vn.congvu.store.StoreException;
import vn.congvu.store.UnitRepository;

import java.util.ArrayList;
import java.util.List;

/** What starting a visit offers: the teams of a plan with their members, and the units the plan covers. */
public final class VisitSetupService {

    /** A team and its members, lead first. */
    public record TeamRoster(Team team, List<TeamMember> members) {

        public TeamRoster {
            members = List.copyOf(members);
        }
    }

    private final Database db;
    private final PlanRepository plans;
    private final UnitRepository units;

    public VisitSetupService(Database db, PlanRepository plans, UnitRepository units) {
        this.db = db;
        this.plans = plans;
        this.units = units;
    }

    /** The teams of a plan with their members; empty for a plan without a team. */
    public List<TeamRoster> rosterOf(String planId) {
        try {
            return db.read(c -> {
                if (plans.findPlan(c, planId).isEmpty()) {
                    throw new AppException("error.plan.notFound", planId);
                }
                List<TeamRoster> out = new ArrayList<>();
                for (Team t : plans.teamsOf(c, planId)) {
                    List<TeamMember> members = new ArrayList<>(plans.membersOf(c, t.id()));
                    members.sort((a, b) -> Integer.compare(a.role().ordinal(), b.role().ordinal()));
                    out.add(new TeamRoster(t, members));
                }
                return out;
            });
        } catch (StoreException e) {
            throw StoreErrors.toAppException(e, db.file());
        }
    }

    /** The live units a plan intends to visit, in the plan's order. */
    public List<Unit> unitsOf(String planId) {
        try {
            return db.read(c -> {
                List<Unit> out = new ArrayList<>();
                for (PlanUnit pu : plans.unitsOf(c, planId)) {
                    units.find(c, pu.unitId()).ifPresent(out::add);
                }
                return out;
            });
        } catch (StoreException e) {
            throw StoreErrors.toAppException(e, db.file());
        }
    }
}
