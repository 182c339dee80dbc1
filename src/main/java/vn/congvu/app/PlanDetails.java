package vn.congvu.app;

import vn.congvu.domain.Decision;
import vn.congvu.domain.Plan;
import vn.congvu.domain.PlanUnit;
import vn.congvu.domain.Team;
import vn.congvu.domain.TeamMember;
import vn.congvu.domain.Unit;

import java.util.List;

/** A plan with the decision that set up its team, the team and its members, and the units it covers. */
public record PlanDetails(Plan plan, Decision decision, Team team, List<TeamMember> members, List<PlannedUnit> units) {

    /** A unit of the plan, with its name, and whether it has been visited under this plan. */
    public record PlannedUnit(PlanUnit planUnit, Unit unit, boolean visited) {
    }

    public PlanDetails {
        members = List.copyOf(members);
        units = List.copyOf(units);
    }
}
