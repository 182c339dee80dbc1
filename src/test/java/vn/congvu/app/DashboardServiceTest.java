package vn.congvu.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.CorrectiveAction;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.Official;
import vn.congvu.domain.Plan;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Result;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardServiceTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private String planId;
    private Unit khuongDinh;
    private Unit baDinh;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("d.db"), true,
                Clock.fixed(Instant.parse("2025-06-02T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        planId = ws.plans().create("Đoàn kiểm tra").plan().id();
        Plan p = ws.plans().details(planId).plan();
        ws.plans().savePlan(new Plan(p.id(), "45/KH-ĐKT", p.issuedOn(), 2025, null, null, "Kiểm tra 2025", null, null,
                p.status(), 0));
        khuongDinh = ws.units().list("khuong dinh").get(0);
        baDinh = ws.units().list("ba dinh").get(0);
        ws.plans().addUnits(planId, List.of(khuongDinh.id(), baDinh.id(), ws.units().list("dong da").get(0).id()));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Visit visit(Unit unit, LocalDateTime at) {
        return ws.visits().start(new StartVisitRequest(unit.id(), planId, null, at, true, null, List.of(), List.of()));
    }

    @Test
    void countsFailuresByGroupAndUnitAndKeepsTheFindingsBehindThem() {
        Visit a = visit(khuongDinh, LocalDateTime.of(2025, 5, 6, 8, 30));
        ws.visits().answer(a.id(), "1.2", Result.FAIL, "Không đeo thẻ");
        ws.visits().answer(a.id(), "1.3", Result.FAIL, null);
        ws.visits().answer(a.id(), "3.1", Result.FAIL, "Niêm yết cũ");
        ws.visits().answer(a.id(), "2.1", Result.PASS, null);
        Visit b = visit(baDinh, LocalDateTime.of(2025, 5, 7, 9, 0));
        ws.visits().answer(b.id(), "1.2", Result.FAIL, null);
        ws.visits().answer(b.id(), "4.1", Result.PASS, null);

        PlanDashboard d = ws.dashboards().of(planId);

        assertThat(d.score().visits()).isEqualTo(2);
        assertThat(d.score().unitsVisited()).isEqualTo(2);
        assertThat(d.score().unitsPlanned()).isEqualTo(3);
        assertThat(d.failuresByGroup()).extracting(PlanDashboard.Bar::key, PlanDashboard.Bar::value)
                .startsWith(org.assertj.core.groups.Tuple.tuple("1", 3), org.assertj.core.groups.Tuple.tuple("2", 0),
                        org.assertj.core.groups.Tuple.tuple("3", 1));
        assertThat(d.failuresByGroup()).hasSize(8);
        assertThat(d.failuresByUnit()).extracting(PlanDashboard.Bar::label, PlanDashboard.Bar::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Phường Khương Đình", 3),
                        org.assertj.core.groups.Tuple.tuple("Phường Ba Đình", 1));
        assertThat(d.findingsOfGroup("1")).extracting(PlanDashboard.Finding::criterionCode)
                .containsExactlyInAnyOrder("1.2", "1.3", "1.2");
        assertThat(d.findingsOfUnit(khuongDinh.id())).extracting(PlanDashboard.Finding::note)
                .containsExactlyInAnyOrder("Không đeo thẻ", null, "Niêm yết cũ");
    }

    @Test
    void listsOfficialsWithViolationsOverdueDossiersAndLateActions() {
        Visit a = visit(khuongDinh, LocalDateTime.of(2025, 5, 6, 8, 30));
        ws.db().write(c -> {
            ws.officialRepository().insert(c, new Official(null, a.id(), "Lê Văn Tùng", "Công chức Tư pháp – Hộ tịch",
                    false, true, true, Attitude.GOOD, null, 1, 0));
            ws.officialRepository().insert(c, new Official(null, a.id(), "Đỗ Thị Mai", "Công chức Văn phòng – Thống kê",
                    true, true, true, Attitude.GOOD, null, 2, 0));
            // received Mon 14/4, 3 working days: due Thu 17/4; returned Tue 22/4 -> late
            ws.dossierRepository().insert(c, new Dossier(null, a.id(), "H26.1", "Đăng ký khai sinh",
                    LocalDateTime.of(2025, 4, 14, 9, 0), 3, LimitKind.WORKING_DAYS, LocalDate.of(2025, 4, 17),
                    LocalDateTime.of(2025, 4, 22, 10, 0), false, true, false, null, 1, 0));
            ws.dossierRepository().insert(c, new Dossier(null, a.id(), "H26.2", "Chứng thực bản sao",
                    LocalDateTime.of(2025, 4, 14, 9, 0), 3, LimitKind.WORKING_DAYS, LocalDate.of(2025, 4, 17),
                    LocalDateTime.of(2025, 4, 16, 10, 0), null, true, true, null, 2, 0));
            String rec = ws.followUpRepository().insertRecommendation(c, new Recommendation(null, a.id(),
                    khuongDinh.id(), null, "Chấn chỉnh đeo thẻ", LocalDate.of(2025, 5, 30), ActionStatus.OPEN, 1, 0));
            ws.followUpRepository().insertAction(c, new CorrectiveAction(null, rec, a.id(), khuongDinh.id(),
                    "Nhắc nhở công chức", "Chủ tịch UBND phường", LocalDate.of(2025, 5, 20), ActionStatus.OPEN, null,
                    null, null, 0));
            ws.followUpRepository().insertAction(c, new CorrectiveAction(null, rec, a.id(), khuongDinh.id(),
                    "Đã xong", "Văn phòng", LocalDate.of(2025, 5, 10), ActionStatus.DONE, LocalDate.of(2025, 5, 9),
                    null, null, 0));
            return null;
        });

        PlanDashboard d = ws.dashboards().of(planId);

        assertThat(d.officials()).extracting(PlanDashboard.OfficialViolation::fullName).containsExactly("Lê Văn Tùng");
        assertThat(d.officials().get(0).breaches()).containsExactly("official.breach.badge");
        assertThat(d.score().dossiers().sampled()).isEqualTo(2);
        assertThat(d.score().dossiers().overdue()).isEqualTo(1);
        assertThat(d.overdueByUnit()).singleElement().satisfies(b -> assertThat(b.overdue().percent()).isEqualTo(50.0));
        // today is 2 June 2025 by the fixed clock: the open action due 20 May is 13 days late
        assertThat(d.lateActions()).extracting(PlanDashboard.LateAction::text, PlanDashboard.LateAction::daysLate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nhắc nhở công chức", 13L));
    }

    @Test
    void aPlanWithoutVisitsHasEmptyFiguresAndNoScore() {
        PlanDashboard d = ws.dashboards().of(planId);
        assertThat(d.score().visits()).isZero();
        assertThat(d.score().meanScore()).isNull();
        assertThat(d.failuresByUnit()).isEmpty();
        assertThat(d.findings()).isEmpty();
    }
}
