package vn.congvu.report.minutes;

import vn.congvu.domain.Answer;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.Official;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Result;
import vn.congvu.domain.scoring.CriteriaTally;
import vn.congvu.domain.scoring.DossierTally;
import vn.congvu.domain.scoring.OfficialTally;
import vn.congvu.domain.scoring.VisitScore;
import vn.congvu.report.Nd30Layout;
import vn.congvu.report.Person;
import vn.congvu.report.VnText;
import vn.congvu.report.VnWords;
import vn.congvu.report.XmlText;
import vn.congvu.report.minutes.MinutesModel.CriterionLine;
import vn.congvu.report.minutes.MinutesModel.GroupLines;
import vn.congvu.report.minutes.MinutesModel.PhotoEntry;
import vn.congvu.report.minutes.MinutesModel.Signer;
import vn.congvu.report.word.QrCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Words a {@link MinutesModel} into the values of the {@link MinutesSchema} tags. Every tag gets a value (an
 * empty string rather than nothing), so that a template a team lead rearranged never shows a stale tag.
 */
public final class MinutesData {

    private MinutesData() {
    }

    public static Map<String, Object> of(MinutesModel m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("parentBody", VnText.upper(XmlText.cleanOrEmpty(m.header().parentBody())));
        d.put("issuingBody", VnText.upper(XmlText.cleanOrEmpty(m.header().issuingBody())));
        d.put("number", m.header().numberText());
        d.put("placeAndDate", VnText.placeAndDate(m.header().place(), m.header().date()));
        d.put("shortDate", VnText.date(m.visitDate()));
        d.put("unitName", text(m.unitName()));
        MinutesModel.Reference decision = m.decision();
        d.put("decisionNumber", decision == null || blank(decision.number()) ? VnText.HAND_FILL : text(decision.number()));
        d.put("decisionDate", VnText.longDate(decision == null ? null : decision.date()));
        d.put("decisionIssuer", decision == null || blank(decision.issuer()) ? VnText.HAND_FILL : text(decision.issuer()));
        d.put("planReference", planReference(m.plan()));
        d.put("startTime", VnText.timeInWords(m.startedAt()));
        d.put("endTime", VnText.timeInWords(m.endedAt()));
        d.put("visitDate", VnText.longDate(m.visitDate()));
        d.put("place", blank(m.place()) ? "trụ sở Bộ phận Một cửa của " + text(m.unitName()) : text(m.place()));
        d.put("visitKind", m.surprise() ? "đột xuất, không báo trước" : "theo kế hoạch đã thông báo");
        d.put("team", people(m.team()));
        d.put("noTeam", m.team().isEmpty());
        d.put("representatives", people(m.representatives()));
        d.put("noRepresentatives", m.representatives().isEmpty());
        d.put("scoreSummary", scoreSummary(m.score()));
        d.put("groups", groups(m.groups()));
        d.put("officialsSummary", officialsSummary(m.score().officials()));
        d.put("hasOfficials", !m.officials().isEmpty());
        d.put("officials", officials(m.officials()));
        d.put("dossiersSummary", dossiersSummary(m.score().dossiers()));
        d.put("hasDossiers", !m.dossiers().isEmpty());
        d.put("dossiers", dossiers(m.dossiers()));
        d.put("hasOverallNote", !blank(m.overallNote()));
        d.put("overallNote", text(m.overallNote()));
        d.put("hasEarlierOpen", !m.earlierOpen().isEmpty());
        d.put("earlierOpen", m.earlierOpen().stream().map(e -> Map.<String, Object>of(
                "text", text(e.recommendation().text()),
                "visitDate", VnText.date(e.visitDate()),
                "deadline", VnText.date(e.recommendation().deadline()),
                "status", VnWords.status(e.recommendation().status()))).toList());
        response(m.response(), d);
        d.put("recommendations", recommendations(m.recommendations()));
        d.put("noRecommendations", m.recommendations().isEmpty());
        d.put("copies", VnText.twoDigits(m.copies()));
        d.put("refusals", m.refusals().stream().map(r -> Map.<String, Object>of("text", refusal(r))).toList());
        signer(d, "unitSigner", m.unitSigner());
        signer(d, "lead", m.lead());
        signer(d, "secretary", m.secretary());
        d.put("hasPhotos", !m.photos().isEmpty());
        d.put("photos", photos(m.photos()));
        MinutesModel.Finalisation f = m.finalisation();
        d.put("finalisedLine", f == null ? "" : "Mã xác thực: " + f.shortHash()
                + (f.finalisedOn() == null ? "" : " (bản đã chốt ngày " + VnText.date(f.finalisedOn()) + ")"));
        d.put("finalisedQr", f == null ? null : QrCode.of(f.hash(), Nd30Layout.FOOTER_QR_MM));
        return d;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return XmlText.cleanOrEmpty(s);
    }

    private static String planReference(MinutesModel.Reference plan) {
        if (plan == null || blank(plan.number())) {
            return "";
        }
        StringBuilder s = new StringBuilder(" và Kế hoạch số ").append(text(plan.number()));
        if (plan.date() != null) {
            s.append(' ').append(VnText.longDate(plan.date()));
        }
        if (!blank(plan.issuer())) {
            s.append(" của ").append(text(plan.issuer()));
        }
        return s.toString();
    }

    private static List<Map<String, Object>> people(List<Person> people) {
        return people.stream().map(p -> Map.<String, Object>of(
                "name", text(p.name()),
                "position", text(p.position()),
                "role", text(p.role()))).toList();
    }

    static String scoreSummary(VisitScore score) {
        CriteriaTally c = score.criteria();
        if (c.answered() == 0) {
            return "Đoàn kiểm tra chưa ghi nhận kết quả của tiêu chí nào trong " + c.total() + " tiêu chí.";
        }
        StringBuilder s = new StringBuilder("Đoàn kiểm tra đã xem xét ").append(c.answered()).append('/')
                .append(c.total()).append(" tiêu chí: đạt ").append(c.passed()).append(", không đạt ")
                .append(c.failed()).append(", không áp dụng ").append(c.notApplicable()).append('.');
        if (score.score() != null) {
            s.append(" Điểm đạt ").append(VnText.decimal(score.score(), 1)).append("/100, xếp loại ")
                    .append(VnWords.grade(score.grade())).append('.');
        }
        return s.toString();
    }

    private static List<Map<String, Object>> groups(List<GroupLines> groups) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GroupLines g : groups) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("number", text(g.code()));
            group.put("title", text(g.title()));
            group.put("summary", groupSummary(g.lines()));
            group.put("criteria", g.lines().stream().map(MinutesData::criterion).toList());
            out.add(group);
        }
        return out;
    }

    private static String groupSummary(List<CriterionLine> lines) {
        long passed = lines.stream().filter(l -> result(l) == Result.PASS).count();
        long failed = lines.stream().filter(l -> result(l) == Result.FAIL).count();
        long na = lines.stream().filter(l -> result(l) == Result.NA).count();
        long open = lines.stream().filter(l -> result(l) == null).count();
        StringBuilder s = new StringBuilder("Đạt ").append(passed).append('/').append(lines.size()).append(" tiêu chí");
        if (failed > 0) {
            s.append("; không đạt ").append(failed);
        }
        if (na > 0) {
            s.append("; không áp dụng ").append(na);
        }
        if (open > 0) {
            s.append("; chưa kiểm tra ").append(open);
        }
        return s.append('.').toString();
    }

    private static Result result(CriterionLine line) {
        return line.answer() == null ? null : line.answer().result();
    }

    private static Map<String, Object> criterion(CriterionLine line) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", text(line.criterion().code()));
        c.put("text", text(line.criterion().text()));
        c.put("result", VnWords.result(result(line)));
        c.put("detail", detail(line));
        return c;
    }

    /** ". Số TTHC kiểm tra: 10; số sai: 2. Ghi chú: … (Ảnh 1, 2)." or "." */
    static String detail(CriterionLine line) {
        Criterion criterion = line.criterion();
        Answer answer = line.answer();
        List<String> parts = new ArrayList<>();
        if (answer != null) {
            String values = values(criterion, answer);
            if (!values.isEmpty()) {
                parts.add(values);
            }
            if (!blank(answer.note())) {
                parts.add("Ghi chú: " + text(answer.note()));
            }
        }
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            s.append(". ").append(stripEndPunctuation(part));
        }
        if (!line.photoNumbers().isEmpty()) {
            s.append(" (Ảnh ").append(line.photoNumbers().stream().map(String::valueOf)
                    .collect(Collectors.joining(", "))).append(')');
        }
        return s.append('.').toString();
    }

    private static String stripEndPunctuation(String s) {
        String t = s.strip();
        while (!t.isEmpty() && (t.endsWith(".") || t.endsWith(";"))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String values(Criterion criterion, Answer answer) {
        if (criterion.answerType() == AnswerType.CHOICE && !blank(answer.choice())) {
            return "Lựa chọn: " + text(answer.choice());
        }
        if (criterion.answerType() != AnswerType.COUNT && criterion.answerType() != AnswerType.PERCENT) {
            return "";
        }
        boolean percent = criterion.answerType() == AnswerType.PERCENT;
        List<String> out = new ArrayList<>();
        Double[] values = {answer.value1(), answer.value2()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                continue;
            }
            String label = i < criterion.valueLabels().size() ? text(criterion.valueLabels().get(i)) : "Giá trị " + (i + 1);
            String number = VnText.decimal(values[i], percent ? 1 : 0);
            out.add(label + ": " + number + (percent && !label.contains("%") ? "%" : ""));
        }
        return String.join("; ", out);
    }

    static String officialsSummary(OfficialTally t) {
        if (t.total() == 0) {
            return "Đoàn kiểm tra không ghi nhận cán bộ, công chức tại Bộ phận Một cửa.";
        }
        return "Có " + t.total() + " cán bộ, công chức làm việc tại Bộ phận Một cửa; "
                + (t.withViolation() == 0 ? "không có người vi phạm."
                : t.withViolation() + " người có vi phạm về kỷ luật, kỷ cương hành chính.");
    }

    private static List<Map<String, Object>> officials(List<Official> officials) {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (Official o : officials) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", Integer.toString(++n));
            row.put("name", text(o.fullName()));
            row.put("position", text(o.position()));
            row.put("badge", VnText.yesNo(o.badgeWorn()));
            row.put("dress", o.dressOk() == null ? VnText.NONE : o.dressOk() ? "Đúng" : "Không đúng");
            row.put("present", VnText.yesNo(o.presentAtPost()));
            row.put("attitude", VnWords.attitude(o.attitude()));
            String note = text(o.note());
            row.put("note", o.hasViolation() ? (note.isEmpty() ? "Vi phạm" : "Vi phạm. " + note) : note);
            out.add(row);
        }
        return out;
    }

    static String dossiersSummary(DossierTally t) {
        if (t.sampled() == 0) {
            return "Đoàn kiểm tra không kiểm tra xác suất hồ sơ.";
        }
        StringBuilder s = new StringBuilder("Kiểm tra xác suất ").append(t.sampled()).append(" hồ sơ: ")
                .append(t.onTime()).append(" đúng hạn, ").append(t.overdue()).append(" quá hạn");
        if (t.pendingOverdue() > 0) {
            s.append(" (").append(t.pendingOverdue()).append(" chưa trả kết quả)");
        }
        if (t.pending() > 0) {
            s.append(", ").append(t.pending()).append(" chưa đến hạn");
        }
        if (t.undetermined() > 0) {
            s.append(", ").append(t.undetermined()).append(" không xác định được hạn");
        }
        s.append('.');
        if (t.overdue() > 0) {
            s.append(" Trong số hồ sơ quá hạn, ").append(t.apologyAmongOverdue().numerator())
                    .append(" hồ sơ có phiếu xin lỗi và hẹn lại ngày trả kết quả.");
        }
        return s.toString();
    }

    private static List<Map<String, Object>> dossiers(List<MinutesModel.DossierLine> lines) {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (MinutesModel.DossierLine line : lines) {
            Dossier d = line.dossier();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", Integer.toString(++n));
            row.put("code", text(d.code()));
            row.put("procedure", text(d.procedureName()));
            // date and time on two lines: a narrow column must not break the date
            row.put("received", d.receivedAt() == null ? VnText.NONE
                    : VnText.date(d.receivedAt().toLocalDate()) + "\n" + VnText.time(d.receivedAt()));
            row.put("due", VnText.date(d.dueDate()));
            row.put("returned", d.returnedAt() == null ? "Chưa trả" : VnText.date(d.returnedAt().toLocalDate()));
            row.put("timeliness", VnWords.timeliness(line.timeliness()));
            boolean overdue = line.timeliness() != null && line.timeliness().timeliness().isOverdue();
            row.put("apology", overdue ? VnText.yesNo(Boolean.TRUE.equals(d.apologyIssued())) : VnText.NONE);
            out.add(row);
        }
        return out;
    }

    private static void response(MinutesModel.Response r, Map<String, Object> d) {
        if (r == null || blank(r.text())) {
            d.put("responseIntro", "");
            d.put("responseText", "Đơn vị không có ý kiến.");
            return;
        }
        String who = blank(r.speakerName()) ? "Đại diện đơn vị" : text(r.speakerName())
                + (blank(r.speakerPosition()) ? "" : ", " + text(r.speakerPosition()));
        d.put("responseIntro", who + ":");
        d.put("responseText", text(r.text()));
    }

    private static List<Map<String, Object>> recommendations(List<Recommendation> recommendations) {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (Recommendation r : recommendations) {
            out.add(Map.of("number", Integer.toString(++n),
                    "text", stripEndPunctuation(text(r.text())),
                    "deadline", r.deadline() == null ? "." : ". Thời hạn thực hiện: " + VnText.date(r.deadline()) + "."));
        }
        return out;
    }

    private static String refusal(MinutesModel.Refusal r) {
        String who = text(r.name()) + (blank(r.position()) ? "" : ", " + text(r.position()));
        String why = blank(r.reason()) ? "không nêu lý do" : "lý do: " + stripEndPunctuation(text(r.reason()));
        return "Ông/Bà " + who + " từ chối ký biên bản, " + why + ".";
    }

    private static void signer(Map<String, Object> d, String prefix, Signer s) {
        Signer signer = s == null ? Signer.NOBODY : s;
        d.put(prefix + "Name", text(signer.name()));
        d.put(prefix + "Note", signer.refused() ? "(Từ chối ký)" : "");
    }

    private static List<Map<String, Object>> photos(List<PhotoEntry> photos) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PhotoEntry p : photos) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("photo", p.photo());
            item.put("number", Integer.toString(p.number()));
            item.put("caption", caption(p));
            out.add(item);
        }
        return out;
    }

    /** "Không đeo thẻ công chức. Chụp lúc 09:12 ngày 05/01/2025." or why the photo is missing. */
    static String caption(PhotoEntry p) {
        String subject = stripEndPunctuation(text(p.subject()));
        String when = p.takenAt() == null ? "Không rõ thời điểm chụp."
                : "Chụp lúc " + VnText.time(p.takenAt()) + " ngày " + VnText.date(p.takenAt().toLocalDate()) + ".";
        String base = (subject.isEmpty() ? "" : subject + ". ") + when;
        if (p.problem() == null) {
            return base;
        }
        String file = text(p.fileName());
        String why = switch (p.problem()) {
            case MISSING -> "Không tìm thấy tệp ảnh " + file;
            case UNREADABLE -> "Không đọc được tệp ảnh " + file;
            case NOT_A_PICTURE -> "Tệp " + file + " không phải ảnh JPEG hoặc PNG, hoặc đã hỏng";
            case CHANGED -> "Tệp ảnh " + file + " khác với tệp đã ghi nhận (mã SHA-256 không khớp), không đưa vào biên bản";
        };
        return base + " [" + why + ".]";
    }
}
