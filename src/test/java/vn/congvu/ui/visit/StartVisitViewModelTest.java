package vn.congvu.ui.visit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.StartVisitRequest;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.Plan;
import vn.congvu.domain.PlanStatus;
import vn.congvu.domain.PlanUnit;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Result;
import vn.congvu.domain.Team;
import vn.congvu.domain.TeamMember;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.testing.UiTestContext;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StartVisitViewModelTest {

    @TempDir
    Path dir;

    private UiTestContext t;
    private StartVisitViewModel vm;
    private final List<Visit> started = new ArrayList<>();

    @BeforeEach
    void open() {
        t = new UiTestContext(dir);
        vm = new StartVisitViewModel(t.ctx);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Unit ward(String query) {
        return t.workspace.units().list(query).get(0);
    }

    @Test
    void theStartTimeIsNowAndTheUnitIsPickedByTypingWithoutDiacritics() {
        vm.load(null);
        assertThat(vm.startTextProperty().get()).isEqualTo("05/03/2025 09:30");
        vm.unitQueryProperty().set("khuong dinh");
        assertThat(vm.unitMatches()).extracting(Unit::name).containsExactly("Khương Đình");
        assertThat(vm.unitProperty().get().name()).isEqualTo("Khương Đình");
        assertThat(vm.historyTitleProperty().get()).isEqualTo("Đơn vị chưa được kiểm tra lần nào trong dữ liệu này.");
    }

    @Test
    void whatTheLastVisitLeftOpenIsShownAsSoonAsTheUnitIsPicked() {
        Unit ward = ward("khuong dinh");
        Visit first = t.workspace.visits().start(new StartVisitRequest(ward.id(), null, null,
                LocalDateTime.of(2025, 1, 6, 9, 0), true, null, List.of(), List.of()));
        t.workspace.visits().answer(first.id(), "1.2", Result.FAIL, "Hai công chức không đeo thẻ");
        t.workspace.db().write(c -> t.workspace.followUpRepository().insertRecommendation(c, new Recommendation(null,
                first.id(), ward.id(), null, "Chấn chỉnh việc đeo thẻ công chức", LocalDate.of(2025, 1, 31),
                ActionStatus.OPEN, 1, 0)));

        vm.load(null);
        vm.unitQueryProperty().set("khuong");
        assertThat(vm.historyTitleProperty().get())
                .isEqualTo("Tồn tại từ các lần kiểm tra trước – cần kiểm tra lại:");
        assertThat(vm.historyItems()).containsExactly(
                "Lần 06/01/2025 không đạt 1.2: Đeo thẻ công chức, mặc trang phục đúng quy định, có biển chức danh"
                        + " tại quầy – Hai công chức không đeo thẻ",
                "Kiến nghị chưa thực hiện: Chấn chỉnh việc đeo thẻ công chức (hạn 31/01/2025)");
    }

    @Test
    void startingRecordsTheUnitTimePeopleAndHandsTheVisitOver() {
        vm.load(null);
        vm.unitQueryProperty().set("ba dinh");
        vm.startTextProperty().set("05/03/2025 08:45");
        vm.addInspector("Trần Văn Minh");
        vm.inspectors().get(0).presentProperty().set(true);
        StartVisitViewModel.RepresentativeRow rep = vm.representatives().get(0);
        rep.fullNameProperty().set("Phạm Quốc Huy");
        rep.positionProperty().set("Phó Chủ tịch UBND phường");
        vm.addRepresentative();

        vm.start(started::add);

        assertThat(started).hasSize(1);
        Visit v = started.get(0);
        assertThat(v.unitId()).isEqualTo(ward("ba dinh").id());
        assertThat(v.startedAt()).isEqualTo(LocalDateTime.of(2025, 3, 5, 8, 45));
        assertThat(v.surprise()).isTrue();
        var r = t.workspace.visitRecording().load(v.id());
        assertThat(r.representatives()).extracting(p -> p.fullName() + "/" + p.position())
                .containsExactly("Phạm Quốc Huy/Phó Chủ tịch UBND phường");
        assertThat(r.inspectors()).extracting(i -> i.fullName()).containsExactly("Trần Văn Minh");
    }

    @Test
    void withoutAUnitOrWithABadTimeNothingStarts() {
        vm.load(null);
        vm.startTextProperty().set("8 giờ sáng");
        vm.start(started::add);
        assertThat(vm.unitErrorProperty().get()).isEqualTo("Chưa chọn đơn vị được kiểm tra.");
        assertThat(vm.startErrorProperty().get()).startsWith("Nhập ngày giờ dạng");
        assertThat(vm.errorProperty().get()).isEqualTo("Sửa các ô được đánh dấu rồi bấm Bắt đầu kiểm tra.");
        assertThat(started).isEmpty();
        assertThat(t.workspace.stats().counts().get("visits")).isZero();
    }

    @Test
    void aRepresentativeWithAPositionButNoNameIsMarked() {
        vm.load(null);
        vm.unitQueryProperty().set("hoan kiem");
        vm.representatives().get(0).positionProperty().set("Công chức Văn phòng");
        vm.start(started::add);
        assertThat(vm.representatives().get(0).errorProperty().get())
                .isEqualTo("Thiếu họ tên người đại diện của đơn vị.");
        assertThat(started).isEmpty();
    }

    @Test
    void aPresetPlanBringsItsTeamAndItsUnits() {
        Unit ward = ward("khuong dinh");
        String planId = t.workspace.db().write(c -> {
            String p = t.workspace.planRepository().insertPlan(c, new Plan(null, "80/KH-UBND", LocalDate.of(2025, 2,
                    1), 2025, null, null, "Kiểm tra công vụ quý I", null, null, PlanStatus.ACTIVE, 0));
            String team = t.workspace.planRepository().insertTeam(c, new Team(null, p, "Đoàn 1", null, 0));
            t.workspace.planRepository().insertMember(c, new TeamMember(null, team, "Trần Văn Minh", null, null,
                    TeamRole.LEAD, 1, 0));
            t.workspace.planRepository().insertMember(c, new TeamMember(null, team, "Lê Thu Hà", null, null,
                    TeamRole.SECRETARY, 2, 0));
            t.workspace.planRepository().insertPlanUnit(c, new PlanUnit(null, p, ward.id(), null, 1, 0));
            return p;
        });
        vm.load(planId);
        assertThat(vm.planProperty().get().plan().id()).isEqualTo(planId);
        assertThat(vm.inspectors()).extracting(StartVisitViewModel.InspectorRow::fullName)
                .containsExactly("Trần Văn Minh", "Lê Thu Hà");
        assertThat(vm.unitMatches()).extracting(Unit::name).containsExactly("Khương Đình");
        vm.inspectors().get(1).presentProperty().set(false);
        vm.pick(vm.unitMatches().get(0));
        vm.start(started::add);
        assertThat(started.get(0).planId()).isEqualTo(planId);
        var inspectors = t.workspace.visitRecording().load(started.get(0).id()).inspectors();
        assertThat(inspectors).extracting(i -> i.fullName() + ":" + i.present())
                .containsExactly("Trần Văn Minh:true", "Lê Thu Hà:false");
    }
}
