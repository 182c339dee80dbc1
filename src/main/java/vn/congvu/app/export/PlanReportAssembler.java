package vn.congvu.app.export;

import vn.congvu.app.UnitNames;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Answer;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Decision;
import vn.congvu.domain.Plan;
import vn.congvu.domain.PlanUnit;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Result;
import vn.congvu.domain.Team;
import vn.congvu.domain.TeamMember;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.domain.calendar.WorkingDayCalendar;
import vn.congvu.domain.scoring.GradeScale;
import vn.congvu.domain.scoring.PlanScore;
import vn.congvu.domain.scoring.ScoredVisit;
import vn.congvu.domain.scoring.VisitScore;
import vn.congvu.domain.scoring.VisitScorer;
import vn.congvu.report.Person;
import vn.congvu.report.VnWords;
import vn.congvu.report.minutes.MinutesModel.Reference;
import vn.congvu.report.plan.PlanReportModel;
import vn.congvu.report.plan.PlanReportModel.FailedCriterion;
import vn.congvu.report.plan.PlanReportModel.RecommendationLine;
import vn.congvu.report.plan.PlanReportModel.VisitLine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a plan and its visits and scores them: each visit by {@link VisitScorer}, the plan by
 * {@link PlanScore#of(List, java.util.Collection)} over the planned units, so the report prints the figures
 * the rest of the app shows.
 */
final class PlanReportAssembler {

    private final Workspace ws;
    private final DocumentSettings settings;
    private final WorkingDayCalendar calendar;

    PlanReportAssembler(Workspace ws, DocumentSettings settings, WorkingDayCalendar calendar) {
        this.ws = ws;
        this.settings = settings;
        this.calendar = calendar;
    }

    PlanReportModel read(Connection c, Plan plan, LocalDate today, ExportProgress progress) throws SQLException {
        List<Team> teams = ws.planRepository().teamsOf(c, plan.id());
        String decisionId = plan.decisionId() != null ? plan.decisionId()
                : teams.stream().map(Team::decisionId).filter(id -> id != null).findFirst().orElse(null);
        Optional<Decision> decision = decisionId == null ? Optional.empty() : ws.planRepository().findDecision(c, decisionId);
        List<TeamMember> members = new ArrayList<>();
        for (Team team : teams) {
            members.addAll(ws.planRepository().membersOf(c, team.id()));
        }

        List<Visit> visits = new ArrayList<>(ws.visitRepository().listByPlan(c, plan.id()));
        visits.sort(Comparator.comparing(Visit::visitDate).thenComparing(v -> v.startedAt() == null ? "" : v.startedAt().toString()));
        TemplateCache templates = new TemplateCache(ws.templateRepository());
        VisitScorer scorer = new VisitScorer(calendar, GradeScale.DEFAULT);
        Map<String, Unit> units = new HashMap<>();
        List<ScoredVisit> scored = new ArrayList<>();
        List<VisitLine> lines = new ArrayList<>();
        List<RecommendationLine> recommendations = new ArrayList<>();
        Map<String, Integer> judgedByGroup = new HashMap<>();
        int surprise = 0;
        int done = 0;
        for (Visit v : visits) {
            if (progress.isCancelled()) {
                throw new ExportCancelledException();
            }
            TemplateCache.Parts parts = templates.get(c, v.templateId());
            List<Answer> answers = ws.answerRepository().answersOf(c, v.id());
            VisitScore score = scorer.score(parts.criteria(), parts.groups(), answers,
                    ws.officialRepository().officialsOf(c, v.id()), ws.dossierRepository().dossiersOf(c, v.id()),
                    v.visitDate());
            scored.add(new ScoredVisit(v.unitId(), score));
            Unit unit = units.get(v.unitId());
            if (unit == null) {
                unit = ws.unitRepository().find(c, v.unitId()).orElseThrow();
                units.put(unit.id(), unit);
            }
            String unitName = UnitNames.of(unit);
            lines.add(new VisitLine(v.unitId(), unitName, v.visitDate(), score, failures(parts.criteria(), answers)));
            countJudged(parts, answers, judgedByGroup);
            for (Recommendation r : ws.followUpRepository().recommendationsOf(c, v.id())) {
                recommendations.add(new RecommendationLine(unitName, r));
            }
            if (v.surprise()) {
                surprise++;
            }
            progress.update(++done, visits.size(), ExportStep.READING);
        }
        List<String> planned = ws.planRepository().unitsOf(c, plan.id()).stream().map(PlanUnit::unitId).toList();
        PlanScore planScore = PlanScore.of(scored, planned);
        int open = (int) recommendations.stream().filter(r -> r.recommendation().status().isOpen()).count();

        return new PlanReportModel(
                settings.header(null, DocumentSettings.REPORT_SYMBOL, DocumentSettings.DEFAULT_REPORT_SYMBOL, today),
                new Reference(plan.number(), plan.issuedOn(), null),
                plan.title(),
                decision.map(d -> new Reference(d.number(), d.signedOn(), d.issuer())).orElse(null),
                members.stream().map(m -> new Person(m.fullName(), join(m.position(), m.organisation()),
                        VnWords.role(m.role()))).toList(),
                plan.periodStart(), plan.periodEnd(),
                planScore, surprise, lines, recommendations, open,
                members.stream().filter(m -> m.role() == TeamRole.LEAD).map(TeamMember::fullName).findFirst().orElse(""),
                judgedByGroup);
    }

    /** Criteria answered pass or fail, per group code (the key PlanScore sums groups by). */
    private static void countJudged(TemplateCache.Parts parts, List<Answer> answers, Map<String, Integer> out) {
        Map<String, String> groupCode = new HashMap<>();
        parts.groups().forEach(g -> groupCode.put(g.id(), g.code() != null ? g.code() : g.id()));
        Map<String, Answer> latest = new HashMap<>();
        for (Answer a : answers) {
            latest.merge(a.criterionId(), a, (x, y) -> y.revision() >= x.revision() ? y : x);
        }
        for (Criterion criterion : parts.criteria()) {
            Answer a = latest.get(criterion.id());
            if (a != null && (a.result() == Result.PASS || a.result() == Result.FAIL)) {
                out.merge(groupCode.getOrDefault(criterion.groupId(), criterion.groupId()), 1, Integer::sum);
            }
        }
    }

    private static String join(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        return hasA && hasB ? a + " " + b : hasA ? a : hasB ? b : "";
    }

    /** Failed criteria in checklist order; of two answers to a criterion the higher revision counts. */
    private static List<FailedCriterion> failures(List<Criterion> criteria, List<Answer> answers) {
        Map<String, Answer> latest = new HashMap<>();
        for (Answer a : answers) {
            latest.merge(a.criterionId(), a, (x, y) -> y.revision() >= x.revision() ? y : x);
        }
        List<FailedCriterion> out = new ArrayList<>();
        for (Criterion criterion : criteria) {
            Answer a = latest.get(criterion.id());
            if (a != null && a.result() == Result.FAIL) {
                out.add(new FailedCriterion(criterion.code(), criterion.text(), a.note()));
            }
        }
        return out;
    }
}
