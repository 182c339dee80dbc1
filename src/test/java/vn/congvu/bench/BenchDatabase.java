package vn.congvu.bench;

import vn.congvu.app.Workspace;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.Unit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A database of {@code visits} visits of one plan over the 126 seeded wards and communes, written with batched
 * SQL in one transaction (the app's RecordWriter and audit log would take minutes for 300,000 rows, and a
 * benchmark database needs neither). Same seed, same data; the file is kept and reused between runs.
 */
final class BenchDatabase {

    private static final String STAMP = "'2025-03-05T02:30:00.000Z', '2025-03-05T02:30:00.000Z', 'bench', 'bench', 1, 0";
    private static final String[] NOTES = {
            "Công chức không đeo thẻ khi tiếp công dân",
            "Niêm yết thủ tục hành chính chưa cập nhật theo quyết định mới",
            "Hòm thư góp ý không có chìa khóa, lâu không mở",
            "Máy lấy số thứ tự hỏng từ đầu tuần",
            "Yêu cầu người dân bổ sung giấy tờ ngoài quy định\nđã nhắc nhở tại chỗ",
            "Sổ theo dõi hồ sơ ghi thiếu ngày trả kết quả"};
    private static final String[] PROCEDURES = {"Đăng ký khai sinh", "Chứng thực bản sao từ bản chính",
            "Đăng ký kết hôn", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", "Đăng ký thường trú",
            "Cấp giấy phép xây dựng nhà ở riêng lẻ"};
    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Văn Dũng",
            "Hoàng Thị Em", "Vũ Đức Giang", "Đỗ Thị Hà", "Bùi Văn Khánh"};

    private BenchDatabase() {
    }

    static Path ensure(Path folder, int visits, Clock clock) throws Exception {
        Path file = folder.resolve("bench-" + visits + ".db");
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(folder);
        Path building = folder.resolve("building-" + visits + ".db");
        Files.deleteIfExists(building);
        long started = System.nanoTime();
        try (Workspace ws = Workspace.open(building, true, clock)) {
            List<Unit> units = ws.db().read(c -> ws.unitRepository().listLive(c));
            String templateId = ws.templates().current().orElseThrow().id();
            List<Criterion> criteria = ws.templates().current().map(t -> ws.templates().content(t.id()).criteria())
                    .orElseThrow();
            ws.db().write(c -> {
                fill(c, ws, units, templateId, criteria, visits);
                return null;
            });
        }
        Files.move(building, file);
        System.out.printf("built %s (%d visits) in %.1f s%n", file, visits, (System.nanoTime() - started) / 1e9);
        return file;
    }

    private static String id(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static void fill(Connection c, Workspace ws, List<Unit> units, String templateId, List<Criterion> criteria,
                             int visitCount) throws SQLException {
        Random random = new Random(20250105);
        String decision = id(random);
        String plan = id(random);
        exec(c, "INSERT INTO decisions (id, created_at, updated_at, author, device, revision, deleted, number, signed_on,"
                + " issuer) VALUES ('" + decision + "', " + STAMP + ", '125/QĐ-UBND', '2025-01-02', 'UBND thành phố Hà Nội')");
        exec(c, "INSERT INTO plans (id, created_at, updated_at, author, device, revision, deleted, number, issued_on, year,"
                + " period_start, period_end, title, decision_id, status) VALUES ('" + plan + "', " + STAMP
                + ", '80/KH-UBND', '2025-01-03', 2025, '2025-01-05', '2025-12-20', 'Kiểm tra công vụ năm 2025', '"
                + decision + "', 'ACTIVE')");
        try (PreparedStatement pu = c.prepareStatement("INSERT INTO plan_units (id, created_at, updated_at, author,"
                + " device, revision, deleted, plan_id, unit_id, sort_order) VALUES (?, " + STAMP + ", ?, ?, ?)")) {
            int order = 0;
            for (Unit u : units) {
                pu.setString(1, id(random));
                pu.setString(2, plan);
                pu.setString(3, u.id());
                pu.setInt(4, ++order);
                pu.addBatch();
            }
            pu.executeBatch();
        }
        try (PreparedStatement visit = c.prepareStatement("INSERT INTO visits (id, created_at, updated_at, author, device,"
                + " revision, deleted, plan_id, unit_id, template_id, visit_date, started_at, ended_at, surprise, status)"
                + " VALUES (?, " + STAMP + ", ?, ?, ?, ?, ?, ?, ?, 'COMPLETED')");
             PreparedStatement answer = c.prepareStatement("INSERT INTO answers (id, created_at, updated_at, author, device,"
                     + " revision, deleted, visit_id, criterion_id, result, value1, value2, choice, note, severity)"
                     + " VALUES (?, " + STAMP + ", ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement official = c.prepareStatement("INSERT INTO officials (id, created_at, updated_at, author,"
                     + " device, revision, deleted, visit_id, full_name, position, badge_worn, dress_ok, present_at_post,"
                     + " attitude, note, sort_order) VALUES (?, " + STAMP + ", ?, ?, 'Công chức Một cửa', ?, ?, ?, ?, ?, ?)");
             PreparedStatement dossier = c.prepareStatement("INSERT INTO dossiers (id, created_at, updated_at, author,"
                     + " device, revision, deleted, visit_id, code, procedure_name, received_at, limit_days, limit_kind,"
                     + " due_date, returned_at, apology_issued, digitised, filed_online, sort_order)"
                     + " VALUES (?, " + STAMP + ", ?, ?, ?, ?, ?, 'WORKING_DAYS', ?, ?, ?, ?, ?, ?)");
             PreparedStatement recommendation = c.prepareStatement("INSERT INTO recommendations (id, created_at,"
                     + " updated_at, author, device, revision, deleted, visit_id, unit_id, text, deadline, status, sort_order)"
                     + " VALUES (?, " + STAMP + ", ?, ?, ?, ?, ?, 1)");
             PreparedStatement action = c.prepareStatement("INSERT INTO corrective_actions (id, created_at, updated_at,"
                     + " author, device, revision, deleted, recommendation_id, visit_id, unit_id, text, responsible,"
                     + " deadline, status) VALUES (?, " + STAMP + ", ?, ?, ?, ?, 'Chủ tịch UBND', ?, ?)")) {
            LocalDate first = LocalDate.of(2025, 1, 6);
            for (int v = 0; v < visitCount; v++) {
                String visitId = id(random);
                Unit unit = units.get(random.nextInt(units.size()));
                LocalDate day = first.plusDays(random.nextInt(340));
                LocalDateTime start = day.atTime(8 + random.nextInt(7), random.nextInt(60));
                visit.setString(1, visitId);
                visit.setString(2, plan);
                visit.setString(3, unit.id());
                visit.setString(4, templateId);
                visit.setString(5, day.toString());
                visit.setString(6, start.toString());
                visit.setString(7, start.plusMinutes(60 + random.nextInt(90)).toString());
                visit.setInt(8, random.nextInt(10) < 8 ? 1 : 0);
                visit.addBatch();
                boolean anyFailure = false;
                for (Criterion criterion : criteria) {
                    int roll = random.nextInt(100);
                    String result = roll < 5 ? null : roll < 80 ? "PASS" : roll < 95 ? "FAIL" : "NA";
                    anyFailure |= "FAIL".equals(result);
                    answer.setString(1, id(random));
                    answer.setString(2, visitId);
                    answer.setString(3, criterion.id());
                    answer.setString(4, result);
                    boolean counts = criterion.answerType().name().equals("COUNT");
                    setDouble(answer, 5, counts ? (double) 1 + random.nextInt(10) : null);
                    setDouble(answer, 6, counts ? (double) random.nextInt(3) : null);
                    answer.setString(7, criterion.choices().isEmpty() ? null : criterion.choices().get(0));
                    answer.setString(8, "FAIL".equals(result) ? NOTES[random.nextInt(NOTES.length)] : null);
                    answer.setString(9, "FAIL".equals(result) ? "MINOR" : null);
                    answer.addBatch();
                }
                for (int o = 0; o < 3; o++) {
                    official.setString(1, id(random));
                    official.setString(2, visitId);
                    official.setString(3, NAMES[random.nextInt(NAMES.length)]);
                    official.setInt(4, random.nextInt(20) == 0 ? 0 : 1);
                    official.setInt(5, 1);
                    official.setInt(6, random.nextInt(30) == 0 ? 0 : 1);
                    official.setString(7, random.nextInt(40) == 0 ? "POOR" : "GOOD");
                    official.setString(8, null);
                    official.setInt(9, o + 1);
                    official.addBatch();
                }
                for (int d = 0; d < 5; d++) {
                    LocalDateTime received = start.minusDays(3 + random.nextInt(25)).withHour(9);
                    int days = 1 + random.nextInt(12);
                    LocalDate due = ws.calendar().dueDate(received, days, LimitKind.WORKING_DAYS);
                    int r = random.nextInt(10);
                    LocalDateTime returned = r < 6 ? due.minusDays(random.nextInt(2)).atTime(15, 0)
                            : r < 8 ? due.plusDays(1 + random.nextInt(6)).atTime(10, 0) : null;
                    if (returned != null && returned.isBefore(received)) {
                        returned = received.plusHours(4);
                    }
                    dossier.setString(1, id(random));
                    dossier.setString(2, visitId);
                    dossier.setString(3, "000.00.%02d.H26-%s-%04d".formatted(random.nextInt(30), day.toString().replace("-", ""), d + 1));
                    dossier.setString(4, PROCEDURES[random.nextInt(PROCEDURES.length)]);
                    dossier.setString(5, received.toString());
                    dossier.setInt(6, days);
                    dossier.setString(7, due.toString());
                    dossier.setString(8, returned == null ? null : returned.toString());
                    dossier.setObject(9, random.nextBoolean() ? 1 : 0);
                    dossier.setInt(10, random.nextInt(10) < 7 ? 1 : 0);
                    dossier.setInt(11, random.nextInt(10) < 4 ? 1 : 0);
                    dossier.setInt(12, d + 1);
                    dossier.addBatch();
                }
                if (anyFailure) {
                    String rec = id(random);
                    recommendation.setString(1, rec);
                    recommendation.setString(2, visitId);
                    recommendation.setString(3, unit.id());
                    recommendation.setString(4, "Khắc phục ngay các tồn tại đã nêu trong biên bản");
                    recommendation.setString(5, day.plusDays(30).toString());
                    recommendation.setString(6, random.nextBoolean() ? "OPEN" : "DONE");
                    recommendation.addBatch();
                    if (random.nextBoolean()) {
                        action.setString(1, id(random));
                        action.setString(2, rec);
                        action.setString(3, visitId);
                        action.setString(4, unit.id());
                        action.setString(5, "Chấn chỉnh, kiểm tra hằng ngày");
                        action.setString(6, day.plusDays(15).toString());
                        action.setString(7, random.nextBoolean() ? "IN_PROGRESS" : "DONE");
                        action.addBatch();
                    }
                }
                if (v % 500 == 499) {
                    for (PreparedStatement ps : List.of(visit, answer, official, dossier, recommendation, action)) {
                        ps.executeBatch();
                    }
                }
            }
            for (PreparedStatement ps : List.of(visit, answer, official, dossier, recommendation, action)) {
                ps.executeBatch();
            }
        }
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
