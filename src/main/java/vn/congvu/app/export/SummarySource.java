package vn.congvu.app.export;

import vn.congvu.app.UnitNames;
import vn.congvu.app.Workspace;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.Answer;
import vn.congvu.domain.Attitude;
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
import vn.congvu.report.summary.SummaryData.CriterionRow;
import vn.congvu.report.summary.SummaryData.RowSource;
import vn.congvu.report.summary.SummaryData.UnitRow;
import vn.congvu.report.summary.SummaryData.VisitRow;
import vn.congvu.store.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
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
 * Reads what the summary workbook shows, on one read transaction: first every visit in scope with its answers,
 * officials and dossiers (merge-joined by visit id) scored by {@link VisitScorer}, summed by
 * {@link PlanScore}; then, while the workbook is written, the long tables straight from queries.
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

    boolean cancelled() {
        return progress.isCancelled();
    }

    SummaryData read() throws SQLException {
        for (Object[] u : Sql.query(c, "SELECT id, code, kind, name FROM units", rs -> new Object[] {
                rs.getString("id"), rs.getString("code"), rs.getString("kind"), rs.getString("name")})) {
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

        String visitSql = "SELECT v.id, v.plan_id, v.unit_id, v.template_id, v.visit_date, v.started_at, v.ended_at,"
                + " v.surprise, v.status FROM visits v WHERE " + scope + " ORDER BY v.id";
        String join = " JOIN visits v ON v.id = x.visit_id WHERE x.deleted = 0 AND " + scope + " ORDER BY x.visit_id";
        try (OrderedCursor<Answer> answers = new OrderedCursor<>(c, "SELECT x.id, x.visit_id, x.criterion_id, x.result,"
                + " x.revision FROM answers x" + join, rs -> new Answer(rs.getString("id"), rs.getString("visit_id"),
                rs.getString("criterion_id"), Sql.enumValue(rs, "result", Result.class), null, null, null, null, null,
                rs.getLong("revision")), scopeParams);
             OrderedCursor<Official> officials = new OrderedCursor<>(c, "SELECT x.id, x.visit_id, x.badge_worn,"
                     + " x.dress_ok, x.present_at_post, x.attitude FROM officials x" + join, SummarySource::official,
                     scopeParams);
             OrderedCursor<Dossier> dossiers = new OrderedCursor<>(c, "SELECT x.id, x.visit_id, x.due_date, x.returned_at,"
                     + " x.apology_issued, x.digitised, x.filed_online FROM dossiers x" + join, SummarySource::dossier,
                     scopeParams)) {
            List<Object[]> visits = Sql.query(c, visitSql, rs -> new Object[] {rs.getString("id"),
                    rs.getString("plan_id"), rs.getString("unit_id"), rs.getString("template_id"),
                    Sql.date(rs, "visit_date"), Sql.dateTime(rs, "started_at"), Sql.dateTime(rs, "ended_at"),
                    rs.getInt("surprise") != 0, rs.getString("status")}, scopeParams);
            int done = 0;
            for (Object[] v : visits) {
                if (done % 200 == 0 && progress.isCancelled()) {
                    throw new ExportCancelledException();
                }
                String id = (String) v[0];
                String unitId = (String) v[2];
                LocalDate date = (LocalDate) v[4];
                TemplateCache.Parts parts = templates.get(c, (String) v[3]);
                List<Answer> visitAnswers = answers.take(id);
                List<Official> visitOfficials = officials.take(id);
                List<Dossier> visitDossiers = dossiers.take(id);
                VisitScore score = scorer.score(parts.criteria(), parts.groups(), visitAnswers, visitOfficials,
                        visitDossiers, date);
                scored.add(new ScoredVisit(unitId, score));
                tallyCriteria(parts, visitAnswers, criterionTotals);
                UnitInfo unit = units.getOrDefault(unitId, new UnitInfo(unitId, null, null));
                visitRows.add(new VisitRow(id, date, unit.name(), unit.code(), planNumbers.get((String) v[1]),
                        statusLabel((String) v[8]), (Boolean) v[7], (LocalDateTime) v[5], (LocalDateTime) v[6],
                        score.criteria().total(), score.criteria().answered(), score.criteria().passed(),
                        score.criteria().failed(), score.criteria().notApplicable(), score.score(),
                        score.grade() == null ? null : VnWords.grade(score.grade()), score.officials().total(),
                        score.officials().withViolation(), score.dossiers().sampled(), score.dossiers().overdue(),
                        recommendationsByVisit.getOrDefault(id, 0)));
                unitTotals.computeIfAbsent(unitId, k -> new UnitTotals()).add(date, score);
                progress.update(++done, visitCount, ExportStep.READING);
            }
        }
        visitRows.sort(Comparator.comparing(VisitRow::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(VisitRow::unitName, new VietnameseOrder()));

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
                unitRows, criterionRows, officialRows(), overdueDossierRows(timeliness), followUpRows(), answerRows());
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

    private static Official official(java.sql.ResultSet rs) throws SQLException {
        return new Official(rs.getString("id"), rs.getString("visit_id"), null, null, Sql.bool(rs, "badge_worn"),
                Sql.bool(rs, "dress_ok"), Sql.bool(rs, "present_at_post"), Sql.enumValue(rs, "attitude", Attitude.class),
                null, 0, 0);
    }

    private static Dossier dossier(java.sql.ResultSet rs) throws SQLException {
        return new Dossier(rs.getString("id"), rs.getString("visit_id"), null, null, null, 0, LimitKind.WORKING_DAYS,
                Sql.date(rs, "due_date"), Sql.dateTime(rs, "returned_at"), Sql.bool(rs, "apology_issued"),
                Sql.bool(rs, "digitised"), Sql.bool(rs, "filed_online"), null, 0, 0);
    }

    /** Counts by criterion code, as PlanScore sums groups by code across template versions. */
    private static void tallyCriteria(TemplateCache.Parts parts, List<Answer> answers, Map<String, CriterionTotals> totals) {
        Map<String, Answer> latest = new HashMap<>();
        for (Answer a : answers) {
            latest.merge(a.criterionId(), a, (x, y) -> y.revision() >= x.revision() ? y : x);
        }
        Map<String, vn.congvu.domain.ChecklistGroup> groups = new HashMap<>();
        parts.groups().forEach(g -> groups.put(g.id(), g));
        for (Criterion criterion : parts.criteria()) {
            Answer a = latest.get(criterion.id());
            if (a == null || a.result() == null) {
                continue;
            }
            vn.congvu.domain.ChecklistGroup g = groups.get(criterion.groupId());
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

    // --- the long tables, read while they are written -------------------------------------------------

    private String unitName(String unitId) {
        UnitInfo u = units.get(unitId);
        return u == null ? unitId : u.name();
    }

    private <T> RowSource<T> stream(String sql, Sql.RowMapper<T> mapper) {
        return sink -> {
            try {
                Sql.query(c, sql, rs -> {
                    T row = mapper.map(rs);
                    if (row != null) {
                        try {
                            sink.accept(row);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return null;
                }, scopeParams);
            } catch (SQLException e) {
                throw new IOException("reading the database for the summary failed", e);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
    }

    private RowSource<SummaryData.OfficialRow> officialRows() {
        return stream("SELECT x.*, v.visit_date, v.unit_id FROM officials x JOIN visits v ON v.id = x.visit_id"
                + " WHERE x.deleted = 0 AND " + scope + " ORDER BY v.visit_date, v.id, x.sort_order", rs -> {
                    Official o = new Official(rs.getString("id"), rs.getString("visit_id"), rs.getString("full_name"),
                            rs.getString("position"), Sql.bool(rs, "badge_worn"), Sql.bool(rs, "dress_ok"),
                            Sql.bool(rs, "present_at_post"), Sql.enumValue(rs, "attitude", Attitude.class),
                            rs.getString("note"), 0, 0);
                    if (!o.hasViolation()) {
                        return null;
                    }
                    return new SummaryData.OfficialRow(Sql.date(rs, "visit_date"), unitName(rs.getString("unit_id")),
                            o.fullName(), o.position(), VnText.yesNo(o.badgeWorn()),
                            o.dressOk() == null ? VnText.NONE : o.dressOk() ? "Đúng" : "Không đúng",
                            VnText.yesNo(o.presentAtPost()), VnWords.attitude(o.attitude()), o.note());
                });
    }

    private RowSource<SummaryData.DossierRow> overdueDossierRows(DossierTimeliness timeliness) {
        return stream("SELECT x.*, v.visit_date, v.unit_id FROM dossiers x JOIN visits v ON v.id = x.visit_id"
                + " WHERE x.deleted = 0 AND " + scope + " ORDER BY v.visit_date, v.id, x.sort_order", rs -> {
                    LocalDate visitDate = Sql.date(rs, "visit_date");
                    LocalDate due = Sql.date(rs, "due_date");
                    LocalDateTime returned = Sql.dateTime(rs, "returned_at");
                    if (due == null || visitDate == null) {
                        return null;
                    }
                    TimelinessResult t = timeliness.classify(due, returned, visitDate);
                    if (!t.timeliness().isOverdue()) {
                        return null;
                    }
                    return new SummaryData.DossierRow(visitDate, unitName(rs.getString("unit_id")), rs.getString("code"),
                            rs.getString("procedure_name"), Sql.dateTime(rs, "received_at"), rs.getInt("limit_days"), due,
                            returned == null || returned.toLocalDate().isAfter(visitDate) ? null : returned.toLocalDate(),
                            t.workingDaysLate(), VnText.yesNo(Boolean.TRUE.equals(Sql.bool(rs, "apology_issued"))),
                            VnWords.timeliness(t));
                });
    }

    private RowSource<SummaryData.FollowUpRow> followUpRows() {
        return stream("SELECT r.text, r.deadline, r.status, a.text AS action_text, a.responsible, a.deadline AS action_deadline,"
                + " a.status AS action_status, a.completed_on, v.visit_date, v.unit_id FROM recommendations r"
                + " JOIN visits v ON v.id = r.visit_id"
                + " LEFT JOIN corrective_actions a ON a.recommendation_id = r.id AND a.deleted = 0"
                + " WHERE r.deleted = 0 AND " + scope + " ORDER BY v.visit_date, v.id, r.sort_order, a.deadline", rs ->
                new SummaryData.FollowUpRow(Sql.date(rs, "visit_date"), unitName(rs.getString("unit_id")),
                        rs.getString("text"), Sql.date(rs, "deadline"),
                        VnWords.status(Sql.enumValue(rs, "status", ActionStatus.class)), rs.getString("action_text"),
                        rs.getString("responsible"), Sql.date(rs, "action_deadline"),
                        rs.getString("action_status") == null ? null
                                : VnWords.status(Sql.enumValue(rs, "action_status", ActionStatus.class)),
                        Sql.date(rs, "completed_on")));
    }

    private RowSource<SummaryData.AnswerRow> answerRows() {
        return stream("SELECT x.visit_id, x.result, x.value1, x.value2, x.choice, x.severity, x.note, v.visit_date,"
                + " v.unit_id, cr.code, cr.text, g.code AS group_code FROM answers x JOIN visits v ON v.id = x.visit_id"
                + " JOIN criteria cr ON cr.id = x.criterion_id JOIN checklist_groups g ON g.id = cr.group_id"
                + " WHERE x.deleted = 0 AND " + scope + " ORDER BY v.visit_date, v.id, g.sort_order, cr.sort_order", rs ->
                new SummaryData.AnswerRow(rs.getString("visit_id"), Sql.date(rs, "visit_date"),
                        unitName(rs.getString("unit_id")), rs.getString("group_code"), rs.getString("code"),
                        rs.getString("text"), VnWords.result(Sql.enumValue(rs, "result", Result.class)),
                        Sql.dbl(rs, "value1"), Sql.dbl(rs, "value2"), rs.getString("choice"),
                        severity(Sql.enumValue(rs, "severity", Severity.class)), rs.getString("note")));
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
}
