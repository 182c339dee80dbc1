package vn.congvu.report.plan;

import vn.congvu.domain.scoring.Grade;
import vn.congvu.domain.scoring.GroupFailureTotal;
import vn.congvu.domain.scoring.OfficialTally;
import vn.congvu.domain.scoring.DossierTally;
import vn.congvu.domain.scoring.PlanScore;
import vn.congvu.domain.text.VietnameseOrder;
import vn.congvu.report.Nd30Layout;
import vn.congvu.report.Person;
import vn.congvu.report.VnText;
import vn.congvu.report.VnWords;
import vn.congvu.report.XmlText;
import vn.congvu.report.minutes.MinutesModel.Reference;
import vn.congvu.report.plan.PlanReportModel.VisitLine;
import vn.congvu.report.word.BarChart;
import vn.congvu.report.word.GridTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Words a {@link PlanReportModel} into the values of the {@link PlanReportSchema} tags. */
public final class PlanReportData {

    /** bars beyond this length are cut with "…": the chart keeps its bars readable */
    private static final int CHART_LABEL_LENGTH = 48;
    private static final int DRAFT_CAUSES = 3;

    private PlanReportData() {
    }

    public static Map<String, Object> of(PlanReportModel m) {
        PlanScore score = m.score();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("parentBody", VnText.upper(text(m.header().parentBody())));
        d.put("issuingBody", VnText.upper(text(m.header().issuingBody())));
        d.put("number", m.header().numberText());
        d.put("placeAndDate", VnText.placeAndDate(m.header().place(), m.header().date()));
        Reference plan = m.plan();
        d.put("planNumber", plan == null || blank(plan.number()) ? VnText.HAND_FILL : text(plan.number()));
        d.put("planDate", VnText.longDate(plan == null ? null : plan.date()));
        d.put("planTitle", text(m.planTitle()));
        Reference decision = m.decision();
        d.put("decisionNumber", decision == null || blank(decision.number()) ? VnText.HAND_FILL : text(decision.number()));
        d.put("decisionDate", VnText.longDate(decision == null ? null : decision.date()));
        d.put("decisionIssuer", decision == null || blank(decision.issuer()) ? VnText.HAND_FILL : text(decision.issuer()));
        d.put("team", m.team().stream().map(PlanReportData::person).toList());
        d.put("period", period(m));
        d.put("visitCount", Integer.toString(score.visits()));
        d.put("surpriseCount", Integer.toString(m.surpriseVisits()));
        d.put("unitsVisited", Integer.toString(score.unitsVisited()));
        d.put("unitsPlanned", Integer.toString(score.unitsPlanned()));
        d.put("coverage", VnText.percent(score.coverage()));
        d.put("unitList", unitList(m.visits()));
        d.put("meanScore", VnText.decimal(score.meanScore(), 1));
        d.put("gradeSummary", gradeSummary(score));
        d.put("strengths", lines(strengths(score, m.judgedByGroup())));
        d.put("failureChart", chart(score.failuresByGroup()));
        d.put("noGroupFailures", score.failuresByGroup().stream().allMatch(g -> g.failures() == 0));
        d.put("groupFailures", score.failuresByGroup().stream().filter(g -> g.failures() > 0).map(g -> Map.<String, Object>of(
                "code", text(g.code()), "title", text(g.title()),
                "failures", Integer.toString(g.failures()), "visits", Integer.toString(g.visitsWithFailures()))).toList());
        d.put("units", units(m.visits()));
        d.put("officials", officials(score.officials()));
        d.put("dossiers", dossiers(score.dossiers()));
        d.put("causes", lines(causes(score.failuresByGroup())));
        d.put("recommendations", m.recommendations().stream().map(r -> Map.<String, Object>of(
                "unit", text(r.unitName()),
                "text", text(r.recommendation().text()),
                "deadline", VnText.date(r.recommendation().deadline()),
                "status", VnWords.status(r.recommendation().status()))).toList());
        d.put("noRecommendations", m.recommendations().isEmpty());
        d.put("openRecommendations", m.openRecommendations() == 0
                ? "Các kiến nghị đều đã được thực hiện xong hoặc không còn hiệu lực."
                : "Đến ngày lập báo cáo, còn " + m.openRecommendations() + " kiến nghị chưa thực hiện xong.");
        d.put("leadName", text(m.leadName()));
        d.put("appendixTable", AppendixTable.of(m));
        d.put("groupLegend", score.failuresByGroup().stream().map(g -> Map.<String, Object>of(
                "code", text(g.code()), "title", text(g.title()))).toList());
        return d;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return XmlText.cleanOrEmpty(s);
    }

    private static Map<String, Object> person(Person p) {
        return Map.of("name", text(p.name()), "position", text(p.position()), "role", text(p.role()));
    }

    private static List<Map<String, Object>> lines(List<String> texts) {
        return texts.stream().map(t -> Map.<String, Object>of("text", t)).toList();
    }

    private static String period(PlanReportModel m) {
        LocalDate from = m.periodStart();
        LocalDate to = m.periodEnd();
        if (from == null || to == null) {
            List<LocalDate> days = m.visits().stream().map(VisitLine::date).filter(java.util.Objects::nonNull).sorted().toList();
            from = from != null ? from : days.isEmpty() ? null : days.get(0);
            to = to != null ? to : days.isEmpty() ? null : days.get(days.size() - 1);
        }
        if (from == null) {
            return "từ ngày " + VnText.HAND_FILL + " đến ngày " + VnText.HAND_FILL;
        }
        return "từ ngày " + VnText.date(from) + " đến ngày " + VnText.date(to);
    }

    private static String unitList(List<VisitLine> visits) {
        List<String> names = visits.stream().map(v -> text(v.unitName())).distinct().sorted(new VietnameseOrder()).toList();
        return names.isEmpty() ? "(chưa có)" : String.join("; ", names);
    }

    static String gradeSummary(PlanScore score) {
        StringBuilder s = new StringBuilder();
        for (Grade g : Grade.values()) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(VnWords.grade(g)).append(' ').append(score.visitsGraded(g));
        }
        if (score.ungradedVisits() > 0) {
            s.append("; ").append(score.ungradedVisits()).append(" cuộc chưa xếp loại");
        }
        return s.toString();
    }

    static List<String> strengths(PlanScore score, Map<String, Integer> judgedByGroup) {
        List<String> out = new ArrayList<>();
        int goodOrBetter = score.visitsGraded(Grade.EXCELLENT) + score.visitsGraded(Grade.GOOD);
        if (goodOrBetter > 0) {
            out.add(goodOrBetter + "/" + score.visits() + " cuộc kiểm tra được xếp loại Tốt hoặc Khá.");
        }
        for (GroupFailureTotal g : score.failuresByGroup()) {
            int judged = judgedByGroup.getOrDefault(g.code(), 0);
            if (g.failures() == 0 && judged > 0) {
                out.add("Nhóm tiêu chí “" + text(g.title()) + "”: " + judged
                        + " lượt tiêu chí được kiểm tra, không có vi phạm.");
            }
        }
        OfficialTally o = score.officials();
        if (o.total() > 0 && o.withViolation() == 0) {
            out.add("Cán bộ, công chức tại Bộ phận Một cửa chấp hành tốt kỷ luật, kỷ cương hành chính ("
                    + o.total() + " lượt được kiểm tra, không có vi phạm).");
        }
        DossierTally t = score.dossiers();
        if (t.sampled() > 0 && t.overdue() == 0) {
            out.add("Các hồ sơ kiểm tra xác suất đều được giải quyết, trả kết quả đúng hạn.");
        }
        if (out.isEmpty()) {
            out.add("(Đoàn kiểm tra bổ sung ưu điểm.)");
        }
        return out;
    }

    private static BarChart chart(List<GroupFailureTotal> groups) {
        if (groups.isEmpty()) {
            return null;
        }
        List<String> labels = groups.stream().map(g -> shorten(text(g.code()) + ". " + text(g.title()))).toList();
        List<Integer> values = groups.stream().map(GroupFailureTotal::failures).toList();
        return new BarChart("Số lượt tiêu chí không đạt theo nhóm", "Số lượt không đạt", labels, values,
                Nd30Layout.CHART_HEIGHT_MM);
    }

    private static String shorten(String label) {
        return label.length() <= CHART_LABEL_LENGTH ? label : label.substring(0, CHART_LABEL_LENGTH - 1).strip() + "…";
    }

    private static List<Map<String, Object>> units(List<VisitLine> visits) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (VisitLine v : visits) {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("name", text(v.unitName()));
            unit.put("date", VnText.date(v.date()));
            unit.put("result", v.score().score() == null ? "chưa có điểm"
                    : "điểm " + VnText.decimal(v.score().score(), 1) + "/100, xếp loại " + VnWords.grade(v.score().grade()));
            unit.put("failures", v.failures().stream().map(f -> Map.<String, Object>of(
                    "code", text(f.code()), "text", text(f.text()),
                    "note", blank(f.note()) ? "" : " (" + text(f.note()) + ")")).toList());
            unit.put("noFailures", v.failures().isEmpty());
            out.add(unit);
        }
        return out;
    }

    static String officials(OfficialTally t) {
        if (t.total() == 0) {
            return "Không ghi nhận cán bộ, công chức tại các Bộ phận Một cửa được kiểm tra.";
        }
        return "Kiểm tra " + t.total() + " lượt cán bộ, công chức làm việc tại Bộ phận Một cửa; "
                + t.withViolation() + " lượt có vi phạm kỷ luật, kỷ cương hành chính (" + VnText.percent(t.violationRate())
                + ").";
    }

    static String dossiers(DossierTally t) {
        if (t.sampled() == 0) {
            return "Không có hồ sơ được kiểm tra xác suất.";
        }
        StringBuilder s = new StringBuilder("Kiểm tra xác suất ").append(t.sampled()).append(" hồ sơ: ")
                .append(t.onTime()).append(" đúng hạn, ").append(t.overdue()).append(" quá hạn (tỷ lệ quá hạn ")
                .append(VnText.percent(t.overdueRate())).append(')');
        if (t.pending() > 0) {
            s.append(", ").append(t.pending()).append(" chưa đến hạn");
        }
        s.append('.');
        if (t.overdue() > 0) {
            s.append(" Có ").append(VnText.fraction(t.apologyAmongOverdue()))
                    .append(" hồ sơ quá hạn được gửi phiếu xin lỗi và hẹn lại ngày trả kết quả.");
        }
        return s.toString();
    }

    static List<String> causes(List<GroupFailureTotal> groups) {
        List<String> out = new ArrayList<>();
        groups.stream().filter(g -> g.failures() > 0)
                .sorted(Comparator.comparingInt(GroupFailureTotal::failures).reversed())
                .limit(DRAFT_CAUSES)
                .forEach(g -> out.add("Vi phạm tập trung ở nhóm “" + text(g.title()) + "” (" + g.failures()
                        + " lượt tại " + g.visitsWithFailures() + " cuộc kiểm tra)."));
        out.add("(Đoàn kiểm tra bổ sung nguyên nhân chủ quan, khách quan.)");
        return out;
    }

    /** The appendix: one row per unit, one column per group code, failures summed over the unit's visits. */
    static final class AppendixTable {

        private AppendixTable() {
        }

        static GridTable of(PlanReportModel m) {
            List<GroupFailureTotal> groups = m.score().failuresByGroup();
            Map<String, Row> byUnit = new LinkedHashMap<>();
            for (VisitLine v : m.visits()) {
                Row row = byUnit.computeIfAbsent(v.unitId(), id -> new Row(text(v.unitName())));
                row.visits++;
                v.failuresByGroupCode().forEach((code, n) -> row.failures.merge(code, n, Integer::sum));
            }
            List<Row> rows = new ArrayList<>(byUnit.values());
            VietnameseOrder order = new VietnameseOrder();
            rows.sort((a, b) -> order.compare(a.name, b.name));

            List<String> header = new ArrayList<>(List.of("STT", "Đơn vị", "Số cuộc"));
            groups.forEach(g -> header.add(text(g.code())));
            header.add("Tổng");
            List<List<String>> cells = new ArrayList<>();
            int n = 0;
            for (Row row : rows) {
                List<String> line = new ArrayList<>(List.of(Integer.toString(++n), row.name, Integer.toString(row.visits)));
                int sum = 0;
                for (GroupFailureTotal g : groups) {
                    int f = row.failures.getOrDefault(g.code(), 0);
                    sum += f;
                    line.add(Integer.toString(f));
                }
                line.add(Integer.toString(sum));
                cells.add(line);
            }
            // the total row takes the plan's figures from PlanScore, not a sum of its own
            List<String> total = new ArrayList<>(List.of("", "Tổng cộng", Integer.toString(m.score().visits())));
            int all = 0;
            for (GroupFailureTotal g : groups) {
                total.add(Integer.toString(g.failures()));
                all += g.failures();
            }
            total.add(Integer.toString(all));
            return new GridTable(header, cells, total, widths(groups.size()), aligned(header.size()),
                    Nd30Layout.APPENDIX_TABLE_PT);
        }

        private static int[] widths(int groups) {
            int stt = Nd30Layout.mmToTwips(10);
            int visits = Nd30Layout.mmToTwips(13);
            int total = Nd30Layout.mmToTwips(13);
            int groupWidth = Math.max(Nd30Layout.mmToTwips(8), Math.min(Nd30Layout.mmToTwips(12),
                    (Nd30Layout.TEXT_WIDTH_TWIPS - Nd30Layout.mmToTwips(50) - stt - visits - total) / Math.max(1, groups)));
            int name = Nd30Layout.TEXT_WIDTH_TWIPS - stt - visits - total - groupWidth * groups;
            int[] w = new int[groups + 4];
            w[0] = stt;
            w[1] = name;
            w[2] = visits;
            for (int i = 0; i < groups; i++) {
                w[3 + i] = groupWidth;
            }
            w[w.length - 1] = total;
            return w;
        }

        private static boolean[] aligned(int columns) {
            boolean[] left = new boolean[columns];
            left[1] = true;
            return left;
        }

        private static final class Row {
            final String name;
            int visits;
            final Map<String, Integer> failures = new TreeMap<>();

            Row(String name) {
                this.name = name;
            }
        }
    }
}
