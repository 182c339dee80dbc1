package vn.congvu.testing;

import vn.congvu.app.Workspace;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.Answer;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.CorrectiveAction;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Decision;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.Evidence;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.Official;
import vn.congvu.domain.Plan;
import vn.congvu.domain.PlanStatus;
import vn.congvu.domain.PlanUnit;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Result;
import vn.congvu.domain.Severity;
import vn.congvu.domain.Signature;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.SignerRole;
import vn.congvu.domain.Team;
import vn.congvu.domain.TeamMember;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitResponse;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitInspector;
import vn.congvu.domain.VisitRepresentative;
import vn.congvu.domain.VisitStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A database with one plan and four visits, written through the repositories as the app writes, for the
 * document tests:
 * <ul>
 *   <li>{@link #visit}: Phường Ba Đình on Monday 06/01/2025, a full visit: answers of every kind (notes with
 *       line breaks, tabs, emoji and a control character), three officials (one breach), four dossiers (on
 *       time, late with an apology slip, overdue and not returned, not yet due), four evidence files (a JPEG
 *       stored sideways with EXIF orientation 6, an upright one, a PNG and a missing file), recommendations
 *       and a corrective action, the unit's response, and signatures where the unit's representative refused;</li>
 *   <li>{@link #secondVisit}: Phường Ngọc Hà, some failures;</li>
 *   <li>{@link #emptyVisit}: Phường Giảng Võ, nothing answered yet;</li>
 *   <li>{@link #otherVisit}: a unit with a 200-character name, outside any plan.</li>
 * </ul>
 */
public final class DocumentFixture implements AutoCloseable {

    /** 2025-03-05 09:30 in Hà Nội */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-05T02:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    public static final String NOTE_WITH_EVERYTHING = "Ông A không đeo thẻ.\nĐã nhắc nhở\ttại chỗ 👍\u0007 (ghi lúc 09:40)";
    public static final String LONG_UNIT_NAME = ("Trung tâm Phục vụ hành chính công thành phố Hà Nội - Chi nhánh số 12"
            + " khu vực phía Tây - Điểm tiếp nhận và trả kết quả liên thông các thủ tục hành chính về đất đai, xây dựng,"
            + " tài nguyên môi trường và đầu tư").substring(0, 200);

    public final Workspace ws;
    public final Path dir;
    public String planId;
    public String visit;
    public String secondVisit;
    public String emptyVisit;
    public String otherVisit;
    public Map<String, Criterion> criteria;

    public DocumentFixture(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.ws = Workspace.open(dir.resolve("fixture.db"), true, CLOCK);
        criteria = ws.templates().currentContent().criteria().stream()
                .collect(Collectors.toMap(Criterion::code, Function.identity()));
        build();
    }

    private Unit unitNamed(String name) {
        return ws.db().read(c -> ws.unitRepository().listLive(c)).stream()
                .filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    private void build() {
        String templateId = ws.templates().current().orElseThrow().id();
        Unit baDinh = unitNamed("Ba Đình");
        Unit ngocHa = unitNamed("Ngọc Hà");
        Unit giangVo = unitNamed("Giảng Võ");
        Unit hoanKiem = unitNamed("Hoàn Kiếm");
        ws.db().write(c -> {
            String decisionId = ws.planRepository().insertDecision(c, new Decision(null, "125/QĐ-UBND",
                    LocalDate.of(2025, 1, 2), "Chủ tịch UBND Thành phố", "UBND thành phố Hà Nội",
                    "Thành lập Đoàn kiểm tra công vụ năm 2025", 0));
            planId = ws.planRepository().insertPlan(c, new Plan(null, "80/KH-UBND", LocalDate.of(2025, 1, 3), 2025,
                    LocalDate.of(2025, 1, 5), LocalDate.of(2025, 2, 28),
                    "kiểm tra công vụ, cải cách hành chính tại Bộ phận Một cửa năm 2025", "Các phường, xã",
                    decisionId, PlanStatus.ACTIVE, 0));
            String teamId = ws.planRepository().insertTeam(c, new Team(null, planId, "Đoàn kiểm tra số 1", decisionId, 0));
            String lead = ws.planRepository().insertMember(c, new TeamMember(null, teamId, "Nguyễn Văn An",
                    "Phó Giám đốc", "Sở Nội vụ", TeamRole.LEAD, 1, 0));
            String member = ws.planRepository().insertMember(c, new TeamMember(null, teamId, "Trần Thị Bình",
                    "Chuyên viên", "Văn phòng UBND Thành phố", TeamRole.MEMBER, 2, 0));
            String secretary = ws.planRepository().insertMember(c, new TeamMember(null, teamId, "Lê Minh Châu",
                    "Chuyên viên", "Sở Nội vụ", TeamRole.SECRETARY, 3, 0));
            int order = 0;
            for (Unit u : List.of(baDinh, ngocHa, giangVo, hoanKiem)) {
                ws.planRepository().insertPlanUnit(c, new PlanUnit(null, planId, u.id(), null, ++order, 0));
            }

            visit = ws.visitRepository().insert(c, new Visit(null, planId, teamId, baDinh.id(), null, templateId,
                    LocalDate.of(2025, 1, 6), LocalDateTime.of(2025, 1, 6, 9, 30), LocalDateTime.of(2025, 1, 6, 11, 15),
                    true, "Bộ phận Một cửa, UBND phường Ba Đình, số 25 phố Liễu Giai", "05", VisitStatus.COMPLETED,
                    "Bộ phận Một cửa bố trí khoa học;\nmột số tồn tại cần khắc phục ngay.", 0));
            for (var m : List.of(new Object[] {lead, "Nguyễn Văn An", TeamRole.LEAD},
                    new Object[] {member, "Trần Thị Bình", TeamRole.MEMBER},
                    new Object[] {secretary, "Lê Minh Châu", TeamRole.SECRETARY})) {
                ws.visitRepository().insertInspector(c, new VisitInspector(null, visit, (String) m[0], (String) m[1],
                        (TeamRole) m[2], true, 0));
            }
            ws.visitRepository().insertRepresentative(c, new VisitRepresentative(null, visit, "Phạm Văn Dũng",
                    "Phó Chủ tịch UBND phường", 1, 0));
            ws.visitRepository().insertRepresentative(c, new VisitRepresentative(null, visit, "Hoàng Thị Em",
                    "Công chức Bộ phận Một cửa", 2, 0));

            answer(c, visit, "1.1", Result.PASS, 4.0, 4.0, null, null);
            answer(c, visit, "1.2", Result.FAIL, null, null, null, NOTE_WITH_EVERYTHING);
            answer(c, visit, "1.3", Result.PASS, null, null, null, null);
            answer(c, visit, "1.4", Result.PASS, null, null, "Tốt", null);
            answer(c, visit, "2.1", Result.FAIL, null, null, null, "Hòm thư góp ý bị khóa, không có chìa.");
            answer(c, visit, "3.1", Result.FAIL, 10.0, 2.0, null, "Hai TTHC lĩnh vực hộ tịch niêm yết phiên bản cũ");
            answer(c, visit, "3.2", Result.NA, null, null, null, null);
            answer(c, visit, "5.1", Result.FAIL, 4.0, 2.0, null, null);
            answer(c, visit, "6.1", Result.PASS, 85.5, 60.0, null, null);
            answer(c, visit, "8.1", Result.PASS, null, null, "Khá", null);

            String official1 = ws.officialRepository().insert(c, new Official(null, visit, "Nguyễn Thị Phương",
                    "Công chức Tư pháp - Hộ tịch", false, true, true, Attitude.GOOD, "Không đeo thẻ công chức", 1, 0));
            ws.officialRepository().insert(c, new Official(null, visit, "Đỗ Văn Giang", "Công chức Địa chính", true,
                    true, true, Attitude.ACCEPTABLE, null, 2, 0));
            ws.officialRepository().insert(c, new Official(null, visit, "Vũ Thị Hà", "Công chức Văn hóa - Xã hội",
                    true, null, true, null, null, 3, 0));

            LocalDateTime received = LocalDateTime.of(2024, 12, 23, 9, 0);
            dossier(c, visit, "000.00.23.H26-241223-0001", "Đăng ký khai sinh", received, 3,
                    LocalDateTime.of(2024, 12, 25, 16, 0), null, 1);
            String late = dossier(c, visit, "000.00.23.H26-241223-0002", "Chứng thực bản sao từ bản chính", received, 1,
                    LocalDateTime.of(2024, 12, 30, 10, 0), true, 2);
            dossier(c, visit, "000.00.23.H26-241223-0003", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", received, 5,
                    null, false, 3);
            dossier(c, visit, "000.00.23.H26-250106-0004", "Đăng ký kết hôn", LocalDateTime.of(2025, 1, 6, 8, 0), 5,
                    null, null, 4);

            Path evidence = ws.evidenceDir();
            Criterion badge = criteria.get("1.2");
            evidence(c, visit, evidence, "2025/01/anh-the.jpg", TestPhotos.jpeg(640, 480, 6, "THẺ"), 6,
                    LocalDateTime.of(2025, 1, 6, 9, 42), "Công chức không đeo thẻ tại quầy số 2", badge.id(), null, null);
            evidence(c, visit, evidence, "2025/01/quay.jpg", TestPhotos.jpeg(800, 600, 1, "QUẦY"), 1,
                    LocalDateTime.of(2025, 1, 6, 9, 50), null, null, official1, null);
            evidence(c, visit, evidence, "2025/01/mat.jpg", null, 1,
                    LocalDateTime.of(2025, 1, 6, 10, 5), "Hòm thư góp ý", criteria.get("2.1").id(), null, null);
            evidence(c, visit, evidence, "2025/01/phieu.png", png(), 1,
                    LocalDateTime.of(2025, 1, 6, 10, 20), null, null, null, late);

            String rec = ws.followUpRepository().insertRecommendation(c, new Recommendation(null, visit, baDinh.id(),
                    badge.id(), "Chấn chỉnh việc đeo thẻ công chức trong giờ làm việc.", LocalDate.of(2025, 1, 20),
                    ActionStatus.OPEN, 1, 0));
            ws.followUpRepository().insertAction(c, new CorrectiveAction(null, rec, visit, baDinh.id(),
                    "Nhắc nhở, kiểm tra hằng ngày việc đeo thẻ", "Chủ tịch UBND phường", LocalDate.of(2025, 1, 15),
                    ActionStatus.IN_PROGRESS, null, null, null, 0));
            ws.followUpRepository().insertRecommendation(c, new Recommendation(null, visit, baDinh.id(), null,
                    "Cập nhật niêm yết thủ tục hành chính lĩnh vực hộ tịch", null, ActionStatus.OPEN, 2, 0));
            ws.signoffRepository().saveResponse(c, new UnitResponse(null, visit, "Phạm Văn Dũng",
                    "Phó Chủ tịch UBND phường", "Đơn vị nhất trí với kết quả kiểm tra.\nSẽ khắc phục trong tháng 01/2025.", 0));
            ws.signoffRepository().insertSignature(c, new Signature(null, visit, SignerRole.UNIT_REPRESENTATIVE,
                    "Phạm Văn Dũng", "Phó Chủ tịch UBND phường", SignatureStatus.REFUSED,
                    "Chưa nhất trí với kết luận về hòm thư góp ý", null, 1, 0));
            ws.signoffRepository().insertSignature(c, new Signature(null, visit, SignerRole.TEAM_LEAD, "Nguyễn Văn An",
                    "Trưởng đoàn", SignatureStatus.SIGNED, null, LocalDateTime.of(2025, 1, 6, 11, 15), 2, 0));
            ws.signoffRepository().insertSignature(c, new Signature(null, visit, SignerRole.SECRETARY, "Lê Minh Châu",
                    "Thư ký", SignatureStatus.SIGNED, null, LocalDateTime.of(2025, 1, 6, 11, 15), 3, 0));

            secondVisit = ws.visitRepository().insert(c, new Visit(null, planId, teamId, ngocHa.id(), null, templateId,
                    LocalDate.of(2025, 1, 15), LocalDateTime.of(2025, 1, 15, 14, 0), LocalDateTime.of(2025, 1, 15, 15, 30),
                    false, null, null, VisitStatus.COMPLETED, null, 0));
            answer(c, secondVisit, "1.1", Result.PASS, 3.0, 3.0, null, null);
            answer(c, secondVisit, "1.2", Result.PASS, null, null, null, null);
            answer(c, secondVisit, "2.1", Result.FAIL, null, null, null, "Máy lấy số hỏng");
            answer(c, secondVisit, "4.1", Result.FAIL, 5.0, 1.0, null, null);
            answer(c, secondVisit, "4.2", Result.PASS, null, null, null, null);
            ws.officialRepository().insert(c, new Official(null, secondVisit, "Bùi Văn Khánh", "Công chức Tư pháp",
                    true, true, false, Attitude.POOR, "Vắng mặt 20 phút", 1, 0));
            dossier(c, secondVisit, "000.00.24.H26-250110-0001", "Đăng ký khai tử", LocalDateTime.of(2025, 1, 10, 9, 0),
                    2, LocalDateTime.of(2025, 1, 14, 9, 0), null, 1);
            ws.followUpRepository().insertRecommendation(c, new Recommendation(null, secondVisit, ngocHa.id(), null,
                    "Sửa chữa máy lấy số thứ tự", LocalDate.of(2025, 2, 1), ActionStatus.DONE, 1, 0));

            emptyVisit = ws.visitRepository().insert(c, new Visit(null, planId, teamId, giangVo.id(), null, templateId,
                    LocalDate.of(2025, 2, 20), null, null, true, null, null, VisitStatus.IN_PROGRESS, null, 0));

            String longUnit = ws.unitRepository().insert(c, new Unit(null, "TEST-LONG", vn.congvu.domain.UnitKind.BRANCH,
                    LONG_UNIT_NAME, null, null, null, null, 0));
            otherVisit = ws.visitRepository().insert(c, new Visit(null, null, null, longUnit, null, templateId,
                    LocalDate.of(2025, 3, 3), LocalDateTime.of(2025, 3, 3, 8, 0), LocalDateTime.of(2025, 3, 3, 9, 0),
                    true, null, "12/BB-ĐKT", VisitStatus.COMPLETED, null, 0));
            answer(c, otherVisit, "1.2", Result.FAIL, null, null, null, "Không có biển chức danh");
            return null;
        });
    }

    private void answer(java.sql.Connection c, String visitId, String code, Result result, Double v1, Double v2,
                        String choice, String note) throws java.sql.SQLException {
        ws.answerRepository().save(c, new Answer(null, visitId, criteria.get(code).id(), result, v1, v2, choice, note,
                result == Result.FAIL ? Severity.MINOR : null, 0));
    }

    private String dossier(java.sql.Connection c, String visitId, String code, String procedure, LocalDateTime received,
                           int days, LocalDateTime returned, Boolean apology, int order) throws java.sql.SQLException {
        LocalDate due = ws.calendar().dueDate(received, days, LimitKind.WORKING_DAYS);
        return ws.dossierRepository().insert(c, new Dossier(null, visitId, code, procedure, received, days,
                LimitKind.WORKING_DAYS, due, returned, apology, true, false, null, order, 0));
    }

    private void evidence(java.sql.Connection c, String visitId, Path folder, String relative, byte[] bytes,
                          int orientation, LocalDateTime takenAt, String caption, String criterionId, String officialId,
                          String dossierId) throws java.sql.SQLException {
        byte[] content = bytes != null ? bytes : new byte[] {1, 2, 3};
        if (bytes != null) {
            try {
                Path file = folder.resolve(relative);
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ws.evidenceRepository().insert(c, new Evidence(null, visitId, relative, relative.substring(relative.lastIndexOf('/') + 1),
                relative.endsWith(".png") ? "image/png" : "image/jpeg", content.length, sha256(content), takenAt,
                orientation, caption, criterionId, officialId, dossierId, 0));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] png() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(TestPhotos.upright(300, 200, "PNG", 0), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        ws.close();
    }
}
