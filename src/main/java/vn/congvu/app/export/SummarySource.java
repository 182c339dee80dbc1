package vn.congvu.app.export;

import vn.congvu.app.UnitNames;
import vn.congvu.app.Workspace;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.Answer;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.Official;
import vn.congvu.domain.Plan;
import vn.congvu.domain.PlanUnit;
import vn.congvu.domain.Result;
import vn.congvu.domain.Severity;
import vn.congvu.domain.VisitStatus;
import vn.congvu.domain.calendar.DossierTimeliness;
import vn.congvu.domain.calendar.TimelinessResult;
import vn.congvu.domain.calendar.WorkingDayCalendar;
import vn.congvu.domain.scoring.GradeScale;
import vn.congvu.domain.scoring.PlanScore;
import vn.congvu.domain.scoring.ScoredVisit;
import vn.congvu.domain.scoring.VisitScore;
import vn.congvu.domain.scoring.VisitScorer;
import vn.congvu.domain.text.VietnameseOrder;
import vn.congvu.report.VnText;
import vn.congvu.report.VnWords;
import vn.congvu.report.summary.SummaryData;
import vn.congvu.report.summary.SummaryData.AnswerRow;
import vn.congvu.report.summary.SummaryData.CriterionRow;
import vn.congvu.report.summary.SummaryData.DossierRow;
import vn.congvu.report.summary.SummaryData.OfficialRow;
import vn.congvu.report.summary.SummaryData.UnitRow;
import vn.congvu.report.summary.SummaryData.VisitRow;
import vn.congvu.store.Sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the summary workbook shows in one walk over the visits in scope, by date, on one read
 * transaction. Each visit's answers, officials and dossiers come from three cursors merged with the walk
 * (three queries for the whole database, not three per visit); they are scored by {@link VisitScorer} and, in
 * the same step, handed to the workbook as rows of the long tables. The plan's figures are {@link PlanScore}'s.
 */
final class SummarySource {

    private final Workspace ws;
    private final Connection c;
    private final Plan plan;
    private final LocalDate today;
    private final WorkingDayCalendar calendar;
    private final ExportProgress progress;
    /** visits in scope: "v" is the visits table */
    private final String scope;
    private final Object[] scopeParams;
    private final Map<String, UnitInfo> units = new HashMap<>();

    private record UnitInfo(String name, String code, String kind) {
    }

    SummarySource(Workspace ws, Connection c, Plan plan, LocalDate today, WorkingDayCalendar calendar,
                  ExportProgress progress) {
        this.ws = ws;
        this.c = c;
        this.plan = plan;
        this.today = today;
        this.calendar = calendar;
        this.progress = progress;
        this.scope = plan == null ? "v.deleted = 0" : "v.deleted = 0 AND v.plan_id = ?";
        this.scopeParams = plan == null ? new Object[0] : new Object[] {plan.id()};
    }

    SummaryData read(RowPipe rows) throws SQLException {
        for (Object[] u : Sql.query(c, "SELECT id, code, kind, name FROM units", rs -> new Object[] {
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})) {
            units.put((String) u[0], new UnitInfo(UnitNames.of((String) u[2], (String) u[3]), (String) u[1],
                    kindLabel((String) u[2])));
        }
        Map<String, String> planNumbers = new HashMap<>();
        Sql.query(c, "SELECT id, number FROM plans", rs -> planNumbers.put(rs.getString(1), rs.getString(2)));
        Map<String, Integer> recommendationsByVisit = new HashMap<>();
        Sql.query(c, "SELECT r.visit_id, count(*) FROM recommendations r JOIN visits v ON v.id = r.visit_id"
                + " WHERE r.deleted = 0 AND " + scope + " GROUP BY r.visit_id", rs ->
                recommendationsByVisit.put(rs.getString(1), rs.getInt(2)), scopeParams);
        Map<String, Integer> openByUnit = new HashMap<>();
        Sql.query(c, "SELECT v.unit_id, count(*) FROM recommendations r JOIN visits v ON v.id = r.visit_id"
                        + " WHERE r.deleted = 0 AND r.status IN ('OPEN', 'IN_PROGRESS') AND " + scope + " GROUP BY v.unit_id",
                rs -> openByUnit.put(rs.getString(1), rs.getInt(2)), scopeParams);
        int openActions = (int) Sql.queryLong(c, "SELECT count(*) FROM corrective_actions a JOIN visits v ON v.id = a.visit_id"
                + " WHERE a.deleted = 0 AND a.status IN ('OPEN', 'IN_PROGRESS') AND " + scope, scopeParams);
        long visitCount = Sql.queryLong(c, "SELECT count(*) FROM visits v WHERE " + scope, scopeParams);

        TemplateCache templates = new TemplateCache(ws.templateRepository());
        VisitScorer scorer = new VisitScorer(calendar, GradeScale.DEFAULT);
        DossierTimeliness timeliness = new DossierTimeliness(calendar);
        List<VisitRow> visitRows = new ArrayList<>();
        List<ScoredVisit> scored = new ArrayList<>();
        Map<String, UnitTotals> unitTotals = new LinkedHashMap<>();
        Map<String, CriterionTotals> criterionTotals = new LinkedHashMap<>();

        // The walk's order is the workbook's: by date, then visit id. Every query numbers the visits in that order
        // (the same window over the same snapshot) and that rank is the merge key: an integer, not a string per row.
        String ranked = "WITH w AS (SELECT v.id, row_number() OVER (ORDER BY v.visit_date, v.id) AS n FROM visits v"
                + " WHERE " + scope + ") ";
        String join = " JOIN w ON w.id = x.visit_id WHERE x.deleted = 0 ORDER BY w.n";
        try (OrderedCursor<Answer> answers = new OrderedCursor<>(c, ranked + "SELECT w.n, x.visit_id, x.criterion_id,"
                + " x.result, x.revision, x.value1, x.value2, x.choice, x.note, x.severity FROM answers x" + join,
                SummarySource::answer, scopeParams);
             OrderedCursor<Official> officials = new OrderedCursor<>(c, ranked + "SELECT w.n, x.visit_id, x.badge_worn,"
                     + " x.dress_ok, x.present_at_post, x.attitude, x.full_name, x.position, x.note FROM officials x"
                     + join + ", x.sort_order", SummarySource::official, scopeParams);
             OrderedCursor<Dossier> dossiers = new OrderedCursor<>(c, ranked + "SELECT w.n, x.visit_id, x.due_date,"
                     + " x.returned_at, x.apology_issued, x.digitised, x.filed_online, x.code, x.procedure_name,"
                     + " x.received_at, x.limit_days FROM dossiers x" + join + ", x.sort_order", SummarySource::dossier,
                     scopeParams)) {
            List<Object[]> visits = Sql.query(c, "SELECT row_number() OVER (ORDER BY v.visit_date, v.id), v.id, v.plan_id,"
                    + " v.unit_id, v.template_id, v.visit_date, v.started_at, v.ended_at, v.surprise, v.status FROM visits v"
                    + " WHERE " + scope + " ORDER BY v.visit_date, v.id", rs -> new Object[] {rs.getLong(1), rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), date(rs, 6), dateTime(rs, 7), dateTime(rs, 8),
                    rs.getInt(9) != 0, rs.getString(10)}, scopeParams);
            int done = 0;
            for (Object[] v : visits) {
                if (done % 200 == 0 && progress.isCancelled()) {
                    throw new ExportCancelledException();
                }
                long walk = (Long) v[0];
                String id = (String) v[1];
                String unitId = (String) v[3];
                LocalDate date = (LocalDate) v[5];
                TemplateCache.Parts parts = templates.get(c, (String) v[4]);
                List<Answer> visitAnswers = answers.take(walk);
                List<Official> visitOfficials = officials.take(walk);
                List<Dossier> visitDossiers = dossiers.take(walk);
                VisitScore score = scorer.score(parts.criteria(), parts.groups(), visitAnswers, visitOfficials,
                        visitDossiers, date);
                scored.add(new ScoredVisit(unitId, score));
                UnitInfo unit = units.getOrDefault(unitId, new UnitInfo(unitId, null, null));
                tallyCriteria(parts, visitAnswers, criterionTotals);
                handOver(rows, parts, visitAnswers, visitOfficials, visitDossiers, timeliness, id, date, unit.name());
                visitRows.add(new VisitRow(id, date, unit.name(), unit.code(), planNumbers.get((String) v[2]),
                        statusLabel((String) v[9]), (Boolean) v[8], (LocalDateTime) v[6], (LocalDateTime) v[7],
                        score.criteria().total(), score.criteria().answered(), score.criteria().passed(),
                        score.criteria().failed(), score.criteria().notApplicable(), score.score(),
                        score.grade() == null ? null : VnWords.grade(score.grade()), score.officials().total(),
                        score.officials().withViolation(), score.dossiers().sampled(), score.dossiers().overdue(),
                        recommendationsByVisit.getOrDefault(id, 0)));
                unitTotals.computeIfAbsent(unitId, k -> new UnitTotals()).add(date, score);
                progress.update(++done, visitCount, ExportStep.READING);
            }
        }
        followUps(rows);

        PlanScore totals = plan == null ? PlanScore.of(scored, 0)
                : PlanScore.of(scored, ws.planRepository().unitsOf(c, plan.id()).stream().map(PlanUnit::unitId).toList());
        int openRecommendations = openByUnit.values().stream().mapToInt(Integer::intValue).sum();
        List<UnitRow> unitRows = new ArrayList<>();
        unitTotals.forEach((unitId, t) -> {
            UnitInfo u = units.getOrDefault(unitId, new UnitInfo(unitId, null, null));
            unitRows.add(new UnitRow(u.name(), u.code(), u.kind(), t.visits, t.last, t.meanScore(), t.failures,
                    t.officials, t.officialsWithViolation, t.dossiers, t.overdue, openByUnit.getOrDefault(unitId, 0)));
        });
        unitRows.sort(Comparator.comparing(UnitRow::unitName, new VietnameseOrder()));
        List<SummaryData.UnitFailures> unitFailures = unitRows.stream()
                .map(u -> new SummaryData.UnitFailures(u.unitName(), u.failures()))
                .sorted(Comparator.comparingInt(SummaryData.UnitFailures::failures).reversed()).toList();
        List<CriterionRow> criterionRows = criterionTotals.values().stream()
                .sorted(Comparator.comparingInt((CriterionTotals t) -> t.groupOrder).thenComparingInt(t -> t.order))
                .map(CriterionTotals::row).toList();
        String title = plan == null ? "Bảng tổng hợp kết quả kiểm tra - tất cả các cuộc kiểm tra"
                : "Bảng tổng hợp kết quả kiểm tra - Kế hoạch số " + plan.number();
        return new SummaryData(title, today, totals, openRecommendations, openActions, unitFailures, visitRows,
                unitRows, criterionRows);
    }

    /** The visit's rows of the long tables: every answer, officials with a violation, overdue dossiers. */
    private static void handOver(RowPipe rows, TemplateCache.Parts parts, List<Answer> answers, List<Official> officials,
                                 List<Dossier> dossiers, DossierTimeliness timeliness, String visitId, LocalDate date,
                                 String unitName) {
        List<Answer> inOrder = new ArrayList<>(answers);
        inOrder.sort(Comparator.comparingInt(a -> parts.position(a.criterionId())));
        for (Answer a : inOrder) {
            Criterion criterion = parts.criterion(a.criterionId());
            ChecklistGroup group = criterion == null ? null : parts.group(criterion.groupId());
            rows.accept(new AnswerRow(visitId, date, unitName, group == null ? null : group.code(),
                    criterion == null ? null : criterion.code(), criterion == null ? null : criterion.text(),
                    VnWords.result(a.result()), a.value1(), a.value2(), a.choice(), severity(a.severity()), a.note()));
        }
        for (Official o : officials) {
            if (o.hasViolation()) {
                rows.accept(new OfficialRow(date, unitName, o.fullName(), o.position(), VnText.yesNo(o.badgeWorn()),
                        o.dressOk() == null ? VnText.NONE : o.dressOk() ? "Đúng" : "Không đúng",
                        VnText.yesNo(o.presentAtPost()), VnWords.attitude(o.attitude()), o.note()));
            }
        }
        for (Dossier d : dossiers) {
            if (d.dueDate() == null || date == null) {
                continue;
            }
            TimelinessResult t = timeliness.classify(d.dueDate(), d.returnedAt(), date);
            if (t.timeliness().isOverdue()) {
                LocalDateTime returned = d.returnedAt();
                rows.accept(new DossierRow(date, unitName, d.code(), d.procedureName(), d.receivedAt(), d.limitDays(),
                        d.dueDate(), returned == null || returned.toLocalDate().isAfter(date) ? null : returned.toLocalDate(),
                        t.workingDaysLate(), VnText.yesNo(Boolean.TRUE.equals(d.apologyIssued())), VnWords.timeliness(t)));
            }
        }
    }

    private void followUps(RowPipe rows) throws SQLException {
        Sql.query(c, "SELECT v.visit_date, v.unit_id, r.text, r.deadline, r.status, a.text, a.responsible, a.deadline,"
                + " a.status, a.completed_on FROM recommendations r JOIN visits v ON v.id = r.visit_id"
                + " LEFT JOIN corrective_actions a ON a.recommendation_id = r.id AND a.deleted = 0"
                + " WHERE r.deleted = 0 AND " + scope + " ORDER BY v.visit_date, v.id, r.sort_order, a.deadline", rs -> {
                    UnitInfo unit = units.get(rs.getString(2));
                    rows.accept(new SummaryData.FollowUpRow(date(rs, 1), unit == null ? rs.getString(2) : unit.name(),
                            rs.getString(3), date(rs, 4), VnWords.status(status(rs.getString(5))), rs.getString(6),
                            rs.getString(7), date(rs, 8),
                            rs.getString(9) == null ? null : VnWords.status(status(rs.getString(9))), date(rs, 10)));
                    return null;
                }, scopeParams);
    }

    // --- rows by position: sqlite-jdbc reads columns by position several times faster than by name ----------

    private static Answer answer(ResultSet rs) throws SQLException {
        String severity = rs.getString(10);
        return new Answer(null, rs.getString(2), rs.getString(3), result(rs.getString(4)), number(rs, 6), number(rs, 7),
                rs.getString(8), rs.getString(9), severity == null ? null : Severity.valueOf(severity), rs.getLong(5));
    }

    private static Official official(ResultSet rs) throws SQLException {
        String attitude = rs.getString(6);
        return new Official(null, rs.getString(2), rs.getString(7), rs.getString(8), bool(rs, 3), bool(rs, 4), bool(rs, 5),
                attitude == null ? null : Attitude.valueOf(attitude), rs.getString(9), 0, 0);
    }

    private static Dossier dossier(ResultSet rs) throws SQLException {
        return new Dossier(null, rs.getString(2), rs.getString(8), rs.getString(9), dateTime(rs, 10), rs.getInt(11),
                LimitKind.WORKING_DAYS, date(rs, 3), dateTime(rs, 4), bool(rs, 5), bool(rs, 6), bool(rs, 7), null, 0, 0);
    }

    private static Result result(String value) {
        return value == null ? null : Result.valueOf(value);
    }

    private static ActionStatus status(String value) {
        return value == null ? null : ActionStatus.valueOf(value);
    }

    /** A nullable 0/1 column. */
    private static Boolean bool(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v != 0;
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    private static LocalDateTime dateTime(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDateTime.parse(s);
    }

    private static String kindLabel(String kind) {
        return switch (kind == null ? "" : kind) {
            case "WARD" -> "Phường";
            case "COMMUNE" -> "Xã";
            case "DEPARTMENT" -> "Sở, ban, ngành";
            case "SERVICE_CENTRE" -> "Trung tâm Phục vụ hành chính công";
            case "BRANCH" -> "Chi nhánh";
            default -> "Khác";
        };
    }

    private static String statusLabel(String status) {
        return switch (VisitStatus.valueOf(status)) {
            case IN_PROGRESS -> "Đang kiểm tra";
            case COMPLETED -> "Đã kết thúc";
            case FINALISED -> "Đã chốt";
        };
    }

    private static String severity(Severity s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case MINOR -> "Nhẹ";
            case MAJOR -> "Nặng";
            case CRITICAL -> "Nghiêm trọng";
        };
    }

    /** Counts by criterion code, as PlanScore sums groups by code across template versions. */
    private static void tallyCriteria(TemplateCache.Parts parts, List<Answer> answers, Map<String, CriterionTotals> totals) {
        Map<String, Answer> latest = new HashMap<>();
        for (Answer a : answers) {
            latest.merge(a.criterionId(), a, (x, y) -> y.revision() >= x.revision() ? y : x);
        }
        for (Criterion criterion : parts.criteria()) {
            Answer a = latest.get(criterion.id());
            if (a == null || a.result() == null) {
                continue;
            }
            ChecklistGroup g = parts.group(criterion.groupId());
            CriterionTotals t = totals.computeIfAbsent(criterion.code(), code -> new CriterionTotals(
                    g == null ? "" : g.code(), g == null ? "" : g.title(), g == null ? 0 : g.sortOrder(),
                    criterion.code(), criterion.text(), criterion.sortOrder()));
            t.count(a.result());
        }
    }

    private static final class CriterionTotals {
        final String groupCode;
        final String groupTitle;
        final int groupOrder;
        final String code;
        final String text;
        final int order;
        int passed;
        int failed;
        int notApplicable;

        CriterionTotals(String groupCode, String groupTitle, int groupOrder, String code, String text, int order) {
            this.groupCode = groupCode;
            this.groupTitle = groupTitle;
            this.groupOrder = groupOrder;
            this.code = code;
            this.text = text;
            this.order = order;
        }

        void count(Result result) {
            switch (result) {
                case PASS -> passed++;
                case FAIL -> failed++;
                case NA -> notApplicable++;
            }
        }

        CriterionRow row() {
            return new CriterionRow(groupCode, groupTitle, code, text, passed + failed + notApplicable, passed, failed,
                    notApplicable);
        }
    }

    private static final class UnitTotals {
        int visits;
        LocalDate last;
        double scoreSum;
        int scored;
        int failures;
        int officials;
        int officialsWithViolation;
        int dossiers;
        int overdue;

        void add(LocalDate date, VisitScore score) {
            visits++;
            if (date != null && (last == null || date.isAfter(last))) {
                last = date;
            }
            if (score.score() != null) {
                scoreSum += score.score();
                scored++;
            }
            failures += score.criteria().failed();
            officials += score.officials().total();
            officialsWithViolation += score.officials().withViolation();
            dossiers += score.dossiers().sampled();
            overdue += score.dossiers().overdue();
        }

        /** The plain mean of the visits' scores, as PlanScore's mean is. */
        Double meanScore() {
            return scored == 0 ? null : scoreSum / scored;
        }
    }
}
