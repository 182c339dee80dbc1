package vn.congvu.ui.plans;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.PlanDetails;
import vn.congvu.domain.TeamRole;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.common.Autosaver;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PlansViewModelTest {

    @TempDir
    Path dir;

    private UiTestContext t;
    private PlansViewModel vm;

    @BeforeEach
    void open() {
        t = new UiTestContext(dir);
        vm = new PlansViewModel(t.ctx);
        vm.refresh(null);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private PlanDetails stored() {
        return t.workspace.plans().details(vm.selectedProperty().get().plan().id());
    }

    @Test
    void aNewPlanIsFilledInFieldByFieldAndEachFieldSavesItself() {
        vm.newPlan();
        vm.numberProperty().set("45/KH-ĐKT");
        vm.titleProperty().set("Kiểm tra công vụ năm 2025");
        vm.periodStartProperty().set(LocalDate.of(2025, 3, 1));
        vm.periodEndProperty().set(LocalDate.of(2025, 11, 30));
        t.scheduler.advance(Autosaver.IDLE);
        assertThat(stored().plan().number()).isEqualTo("45/KH-ĐKT");
        assertThat(stored().plan().periodEnd()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(vm.plans()).singleElement().satisfies(s -> assertThat(s.plan().title())
                .isEqualTo("Kiểm tra công vụ năm 2025"));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsMarkedAndNotSaved() {
        vm.newPlan();
        vm.periodStartProperty().set(LocalDate.of(2025, 6, 1));
        vm.periodEndProperty().set(LocalDate.of(2025, 5, 1));
        vm.commitPlan();
        assertThat(vm.periodErrorProperty().get()).isEqualTo("Ngày kết thúc của kỳ kiểm tra trước ngày bắt đầu.");
        assertThat(stored().plan().periodEnd()).isNull();
    }

    @Test
    void theDecisionIsCreatedOnceAndLinkedToThePlanAndTheTeam() {
        vm.newPlan();
        vm.decisionNumberProperty().set("125/QĐ-UBND");
        vm.commitDecision();
        vm.decisionSignerProperty().set("Nguyễn Văn Sửu");
        vm.commitDecision();
        PlanDetails d = stored();
        assertThat(d.decision().number()).isEqualTo("125/QĐ-UBND");
        assertThat(d.decision().signer()).isEqualTo("Nguyễn Văn Sửu");
        assertThat(d.plan().decisionId()).isEqualTo(d.decision().id());
        assertThat(d.team().decisionId()).isEqualTo(d.decision().id());
    }

    @Test
    void theFirstMemberIsTheLeadAndEveryMemberSavesUnderItsOwnRecord() {
        vm.newPlan();
        MemberRow lead = vm.addMember();
        lead.fullNameProperty().set("Trần Thị Hoa");
        MemberRow secretary = vm.addMember();
        secretary.fullNameProperty().set("Lê Minh Đức");
        secretary.roleProperty().set(TeamRole.SECRETARY);
        t.scheduler.advance(Autosaver.IDLE);
        lead.positionProperty().set("Phó Giám đốc Sở Nội vụ");
        vm.commitMember(lead);
        assertThat(stored().members()).extracting(m -> m.fullName() + "|" + m.role() + "|" + m.position())
                .containsExactly("Trần Thị Hoa|LEAD|Phó Giám đốc Sở Nội vụ", "Lê Minh Đức|SECRETARY|null");
        vm.removeMember(secretary);
        assertThat(stored().members()).hasSize(1);
    }

    @Test
    void addingEveryWardAndCommuneFillsTheScopeOnce() {
        vm.newPlan();
        vm.addAllWardsAndCommunes();
        vm.addAllWardsAndCommunes();
        assertThat(vm.units()).hasSize(126);
        assertThat(stored().units()).hasSize(126);
    }

    @Test
    void theLastPlanOpenedIsOpenedAgainNextTime() {
        vm.newPlan();
        String first = vm.selectedProperty().get().plan().id();
        vm.newPlan();
        vm.open(first);
        PlansViewModel again = new PlansViewModel(t.ctx);
        again.refresh(null);
        assertThat(again.selectedProperty().get().plan().id()).isEqualTo(first);
    }
}
