package vn.congvu.app;

import vn.congvu.domain.Plan;
import vn.congvu.store.Database;
import vn.congvu.store.PlanRepository;
import vn.congvu.store.Sql;
import vn.congvu.store.Table;

import java.util.ArrayList;
import java.util.List;

/** Inspection plans, their teams and the units they cover. */
public final class PlanService {

    private final Database db;
    private final PlanRepository plans;

    PlanService(Database db, PlanRepository plans) {
        this.db = db;
        this.plans = plans;
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
