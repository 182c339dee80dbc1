package vn.congvu.bench;

import vn.congvu.app.Workspace;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.Answer;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.Official;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Result;
import vn.congvu.domain.Severity;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitInspector;
import vn.congvu.domain.VisitRepresentative;
import vn.congvu.domain.VisitStatus;
import vn.congvu.domain.calendar.DueDateCalculator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * Fills a database with realistic visits for the benchmark and for looking at the screens: Vietnamese names,
 * answers to every criterion, officials, sampled dossiers with due dates from the working-day rules, and a
 * few open recommendations. Written through the repositories (so the audit log and the search index are
 * filled as in real use), in batches of one transaction each. Same seed, same data.
 */
final class BenchData {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
            "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thu", "Quốc", "Thanh", "Hữu", "Ngọc", "Đức",
            "Hồng"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hương", "Lan", "Long", "Mai",
            "Nam", "Phương", "Quân", "Thảo", "Trang", "Tuấn", "Việt", "Yến"};
    private static final String[] POSITIONS = {"Công chức Tư pháp – Hộ tịch", "Công chức Địa chính – Xây dựng",
            "Công chức Văn phòng – Thống kê", "Công chức Văn hóa – Xã hội", "Viên chức Bộ phận Một cửa"};
    private static final String[] PROCEDURES = {"Đăng ký khai sinh", "Đăng ký kết hôn",
            "Chứng thực bản sao từ bản chính", "Cấp bản sao trích lục hộ tịch", "Đăng ký khai tử",
            "Xác nhận tình trạng hôn nhân", "Chứng thực chữ ký", "Cấp giấy phép xây dựng nhà ở riêng lẻ",
            "Đăng ký thường trú", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu"};
    private static final int[] LIMITS = {1, 1, 3, 3, 5, 10, 15};
    private static final String[] NOTES = {"Không đeo thẻ công chức khi tiếp dân",
            "Niêm yết thủ tục hết hiệu lực", "Sổ theo dõi chưa cập nhật", "Máy lấy số không hoạt động",
            "Yêu cầu nộp thêm bản sao không cần thiết", ""};
    private static final String[] RECOMMENDATIONS = {"Chấn chỉnh việc đeo thẻ công chức khi thực thi công vụ",
            "Cập nhật niêm yết thủ tục hành chính theo danh mục mới", "Sửa chữa máy lấy số thứ tự",
            "Thực hiện phiếu xin lỗi và hẹn lại ngày trả kết quả với hồ sơ quá hạn"};

    private BenchData() {
    }

    /** Adds {@code visits} visits (spread over 2025 up to {@code lastDay}) to the open workspace. */
    static void fill(Workspace ws, int visits, LocalDate lastDay, long seed, java.util.function.IntConsumer progress) {
        Random rnd = new Random(seed);
        List<Unit> units = ws.units().list(null);
        ChecklistTemplate template = ws.templates().current().orElseThrow();
        List<Criterion> criteria = ws.templates().content(template.id()).criteria();
        DueDateCalculator due = ws.calendar().calculator();
        LocalDate first = lastDay.minusDays(330);
        int batch = 250;
        for (int from = 0; from < visits; from += batch) {
            int to = Math.min(visits, from + batch);
            int start = from;
            ws.db().write(c -> {
                for (int n = start; n < to; n++) {
                    Unit unit = units.get(rnd.nextInt(units.size()));
                    LocalDate day = workingDay(due, first.plusDays((long) (330.0 * n / Math.max(1, visits - 1))));
                    LocalDateTime at = day.atTime(8 + rnd.nextInt(7), rnd.nextInt(12) * 5);
                    boolean old = day.isBefore(lastDay.minusDays(20));
                    String id = ws.visitRepository().insert(c, new Visit(null, null, null, unit.id(), null,
                            template.id(), day, at, old ? at.plusMinutes(90 + rnd.nextInt(90)) : null, true, null,
                            null, old ? VisitStatus.COMPLETED : VisitStatus.IN_PROGRESS, null, 0));
                    ws.visitRepository().insertInspector(c, new VisitInspector(null, id, null, person(rnd),
                            TeamRole.LEAD, true, 0));
                    ws.visitRepository().insertInspector(c, new VisitInspector(null, id, null, person(rnd),
                            TeamRole.SECRETARY, rnd.nextInt(6) > 0, 0));
                    ws.visitRepository().insertRepresentative(c, new VisitRepresentative(null, id, person(rnd),
                            "Phó Chủ tịch UBND", 1, 0));
                    for (Criterion cr : criteria) {
                        ws.answerRepository().save(c, answer(rnd, id, cr));
                    }
                    int officials = 2 + rnd.nextInt(3);
                    for (int o = 0; o < officials; o++) {
                        ws.officialRepository().insert(c, new Official(null, id, person(rnd),
                                POSITIONS[rnd.nextInt(POSITIONS.length)], rnd.nextInt(8) > 0, rnd.nextInt(10) > 0,
                                rnd.nextInt(12) > 0, rnd.nextInt(10) == 0 ? Attitude.POOR : Attitude.GOOD, null, o + 1,
                                0));
                    }
                    int dossiers = 3 + rnd.nextInt(4);
                    for (int d = 0; d < dossiers; d++) {
                        LocalDateTime received = workingDay(due, day.minusDays(2 + rnd.nextInt(40)))
                                .atTime(8 + rnd.nextInt(8), rnd.nextInt(4) * 15);
                        int limit = LIMITS[rnd.nextInt(LIMITS.length)];
                        LocalDate dueDate = due.dueDate(received, limit, LimitKind.WORKING_DAYS);
                        LocalDateTime returned = rnd.nextInt(3) == 0 ? null
                                : dueDate.plusDays(rnd.nextInt(5) - 3).atTime(15, 30);
                        if (returned != null && (returned.isBefore(received) || returned.toLocalDate().isAfter(day))) {
                            returned = null;
                        }
                        ws.dossierRepository().insert(c, new Dossier(null, id, String.format(
                                "000.00.%02d.H26-%s-%04d", 10 + rnd.nextInt(30), received.toLocalDate().toString()
                                        .replace("-", "").substring(2), rnd.nextInt(10_000)),
                                PROCEDURES[rnd.nextInt(PROCEDURES.length)], received, limit, LimitKind.WORKING_DAYS,
                                dueDate, returned, returned == null || returned.toLocalDate().isAfter(dueDate)
                                ? rnd.nextBoolean() : null, rnd.nextInt(4) > 0, rnd.nextInt(3) > 0, null, d + 1, 0));
                    }
                    if (rnd.nextInt(5) == 0) {
                        ws.followUpRepository().insertRecommendation(c, new Recommendation(null, id, unit.id(), null,
                                RECOMMENDATIONS[rnd.nextInt(RECOMMENDATIONS.length)], day.plusDays(30),
                                ActionStatus.OPEN, 1, 0));
                    }
                }
                return null;
            });
            progress.accept(to);
        }
    }

    private static Answer answer(Random rnd, String visitId, Criterion cr) {
        int roll = rnd.nextInt(20);
        Result result = roll < 15 ? Result.PASS : roll < 19 ? Result.FAIL : Result.NA;
        Double v1 = null;
        Double v2 = null;
        String choice = null;
        if (cr.answerType() == AnswerType.COUNT) {
            v1 = (double) (3 + rnd.nextInt(10));
            v2 = cr.valueLabels().size() > 1 ? (double) (result == Result.FAIL ? 1 + rnd.nextInt(2) : 0) : null;
        } else if (cr.answerType() == AnswerType.PERCENT) {
            v1 = (double) (60 + rnd.nextInt(41));
            v2 = cr.valueLabels().size() > 1 ? (double) (40 + rnd.nextInt(61)) : null;
        } else if (cr.answerType() == AnswerType.CHOICE && !cr.choices().isEmpty()) {
            choice = cr.choices().get(result == Result.FAIL ? cr.choices().size() - 1 : 0);
        }
        String note = result == Result.FAIL ? NOTES[rnd.nextInt(NOTES.length)] : null;
        return new Answer(null, visitId, cr.id(), result, v1, v2, choice, note == null || note.isEmpty() ? null : note,
                result == Result.FAIL ? Severity.values()[rnd.nextInt(2)] : null, 0);
    }

    private static LocalDate workingDay(DueDateCalculator due, LocalDate day) {
        return due.calendar().workingDayOnOrAfter(day);
    }

    private static String person(Random rnd) {
        return FAMILY[rnd.nextInt(FAMILY.length)] + " " + MIDDLE[rnd.nextInt(MIDDLE.length)] + " "
                + GIVEN[rnd.nextInt(GIVEN.length)];
    }

    /** Opens (creating and filling when new) a database of {@code visits} visits at {@code file}. */
    static Workspace openFilled(Path file, int visits, LocalDate lastDay) {
        boolean fresh = !java.nio.file.Files.exists(file);
        Workspace ws = Workspace.open(file, true, java.time.Clock.systemDefaultZone());
        long have = ws.stats().counts().getOrDefault("visits", 0L);
        if (fresh || have < visits) {
            long t0 = System.nanoTime();
            System.out.printf("building %d visits in %s …%n", visits - have, file);
            fill(ws, (int) (visits - have), lastDay, 20_251_105L + have, n -> {
                if (n % 1000 == 0) {
                    System.out.printf("  %d visits%n", n);
                }
            });
            System.out.printf("built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        return ws;
    }
}
