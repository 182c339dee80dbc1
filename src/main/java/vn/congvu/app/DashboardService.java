package vn.congvu.app;

import vn.congvu.domain.Answer;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Official;
import vn.congvu.domain.PlanUnit;
import vn.congvu.domain.Result;
import vn.congvu.domain.calendar.WorkingDayCalendar;
import vn.congvu.domain.scoring.GradeScale;
import vn.congvu.domain.scoring.PlanScore;
import vn.congvu.domain.scoring.Rate;
import vn.congvu.domain.scoring.ScoredVisit;
import vn.congvu.domain.scoring.VisitScore;
import vn.congvu.domain.scoring.VisitScorer;
import vn.congvu.domain.text.VietnameseOrder;
import vn.congvu.store.Database;
import vn.congvu.store.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of a plan, computed with the same rules as the documents (VisitScorer, PlanScore). */
public final class DashboardService {

    private final Workspace ws;
    private final Database db;
    private final Clock clock;

    DashboardService(Workspace ws, Clock clock) {
        this.ws = ws;
        this.db = ws.db();
        this.clock = clock;
    }

    public PlanDashboard of(String planId) {
        WorkingDayCalendar calendar = ws.calendar().calendar();
        VisitScorer scorer = new VisitScorer(calendar, GradeScale.DEFAULT);
        return db.read(c -> {
            List<VisitData> visits = new VisitDataLoader(ws).load(c, planId);
            List<String> planned = ws.planRepository().unitsOf(c, planId).stream().map(PlanUnit::unitId).toList();
            List<ScoredVisit> scored = new ArrayList<>();
            Map<String, Integer> failuresByGroup = new LinkedHashMap<>();
            Map<String, String> groupTitles = new LinkedHashMap<>();
            Map<String, Integer> failuresByUnit = new HashMap<>();
            Map<String, String> unitNames = new HashMap<>();
            Map<String, Rate> overdueByUnit = new HashMap<>();
            List<PlanDashboard.Finding> findings = new ArrayList<>();
            List<PlanDashboard.OfficialViolation> officials = new ArrayList<>();
            for (VisitData v : visits) {
                VisitScore s = scorer.score(v.criteria(), v.groups(), v.answers(), v.officials(), v.dossiers(),
                        v.visit().visitDate());
                scored.add(new ScoredVisit(v.visit().unitId(), s));
                String unitName = UnitNames.of(v.unit());
                unitNames.put(v.unit().id(), unitName);
                overdueByUnit.merge(v.unit().id(), s.dossiers().overdueRate(), Rate::plus);
                Map<String, Criterion> criteria = new HashMap<>();
                v.criteria().forEach(cr -> criteria.put(cr.id(), cr));
                Map<String, ChecklistGroup> groups = new HashMap<>();
                v.groups().forEach(g -> {
                    groups.put(g.id(), g);
                    groupTitles.putIfAbsent(g.code(), g.code() + ". " + g.title());
                    failuresByGroup.putIfAbsent(g.code(), 0);
                });
                for (Answer a : v.answers()) {
                    Criterion cr = criteria.get(a.criterionId());
                    if (a.result() != Result.FAIL || cr == null) {
                        continue;
                    }
                    ChecklistGroup g = groups.get(cr.groupId());
                    failuresByGroup.merge(g.code(), 1, Integer::sum);
                    failuresByUnit.merge(v.unit().id(), 1, Integer::sum);
                    findings.add(new PlanDashboard.Finding(v.visit().id(), v.visit().visitDate(), v.unit().id(),
                            unitName, g.code(), cr.code(), cr.text(), a.note()));
                }
                for (Official o : v.officials()) {
                    if (o.hasViolation()) {
                        officials.add(new PlanDashboard.OfficialViolation(v.visit().id(), v.visit().visitDate(),
                                unitName, o.fullName(), o.position(), breaches(o)));
                    }
                }
            }
            List<PlanDashboard.Bar> groupBars = new ArrayList<>();
            failuresByGroup.forEach((code, n) -> groupBars.add(new PlanDashboard.Bar(code, groupTitles.get(code), n)));
            VietnameseOrder order = new VietnameseOrder();
            List<PlanDashboard.Bar> unitBars = new ArrayList<>();
            failuresByUnit.forEach((id, n) -> unitBars.add(new PlanDashboard.Bar(id, unitNames.get(id), n)));
            unitBars.sort(Comparator.comparingInt(PlanDashboard.Bar::value).reversed()
                    .thenComparing(PlanDashboard.Bar::label, order));
            List<PlanDashboard.OverdueBar> overdue = new ArrayList<>();
            overdueByUnit.forEach((id, rate) -> {
                if (rate.isDefined()) {
                    overdue.add(new PlanDashboard.OverdueBar(id, unitNames.get(id), rate));
                }
            });
            overdue.sort(Comparator.comparing((PlanDashboard.OverdueBar b) -> b.overdue().percent()).reversed()
                    .thenComparing(PlanDashboard.OverdueBar::unitName, order));
            return new PlanDashboard(PlanScore.of(scored, planned), groupBars, unitBars, overdue, findings, officials,
                    lateActions(c, planId));
        });
    }

    private List<PlanDashboard.LateAction> lateActions(Connection c, String planId) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        return Sql.query(c, "SELECT a.visit_id, u.kind, u.name, a.text, a.responsible, a.deadline"
                        + " FROM corrective_actions a JOIN visits v ON v.id = a.visit_id JOIN units u ON u.id = a.unit_id"
                        + " WHERE a.deleted = 0 AND v.deleted = 0 AND v.plan_id = ? AND a.status IN ('OPEN', 'IN_PROGRESS')"
                        + " AND a.deadline IS NOT NULL AND a.deadline < ? ORDER BY a.deadline",
                rs -> {
                    LocalDate deadline = Sql.date(rs, "deadline");
                    return new PlanDashboard.LateAction(rs.getString("visit_id"),
                            UnitNames.of(rs.getString("kind"), rs.getString("name")), rs.getString("text"),
                            rs.getString("responsible"), deadline, ChronoUnit.DAYS.between(deadline, today));
                }, planId, today);
    }

    /** The message keys of what an official did wrong. */
    static List<String> breaches(Official o) {
        List<String> out = new ArrayList<>();
        if (Boolean.FALSE.equals(o.badgeWorn())) {
            out.add("official.breach.badge");
        }
        if (Boolean.FALSE.equals(o.dressOk())) {
            out.add("official.breach.dress");
        }
        if (Boolean.FALSE.equals(o.presentAtPost())) {
            out.add("official.breach.absent");
        }
        if (o.attitude() == Attitude.POOR) {
            out.add("official.breach.attitude");
        }
        return out;
    }
}
