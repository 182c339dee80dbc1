package vn.congvu.ui.dashboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.PlanDashboard;
import vn.congvu.app.VisitService;
import vn.congvu.app.demo.DemoGenerator;
import vn.congvu.domain.Result;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.Place;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewModelTest {

    @TempDir
    Path dir;

    private UiTestContext t;
    private DashboardViewModel vm;
    private String first;
    private String second;

    @BeforeEach
    void open() {
        t = new UiTestContext(dir);
        first = new DemoGenerator(t.workspace).generate(30, 5).planId();
        second = new DemoGenerator(t.workspace).generate(8, 6).planId();
        vm = new DashboardViewModel(t.ctx);
    }

    @AfterEach
    void close() {
        t.close();
    }

    /** The failed answers of the plan's visits, counted visit by visit through the recording service. */
    private long failuresOf(String planId) {
        return t.workspace.visits().list(planId).stream().map(VisitService.VisitRow::id)
                .flatMap(id -> t.workspace.visitRecording().load(id).answers().stream())
                .filter(a -> a.result() == Result.FAIL).count();
    }

    @Test
    void theAskedPlansFiguresAreWhatItsVisitsSay() {
        vm.refresh(second);

        assertThat(vm.planProperty().get().plan().id()).isEqualTo(second);
        PlanDashboard d = vm.dashboardProperty().get();
        List<VisitService.VisitRow> visits = t.workspace.visits().list(second);
        assertThat(d.score().visits()).isEqualTo(visits.size()).isEqualTo(8);
        assertThat(d.score().unitsVisited()).isEqualTo((int) visits.stream().map(VisitService.VisitRow::unitId)
                .distinct().count());
        assertThat(vm.findings()).hasSize((int) failuresOf(second));
        assertThat(vm.findingsTitleProperty().get()).isEqualTo(t.ctx.messages().get("ui.dashboard.allFindings",
                vm.findings().size()));
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void choosingAnotherPlanLoadsItsDashboard() {
        vm.refresh(second);
        vm.planProperty().set(vm.plans().stream().filter(p -> p.plan().id().equals(first)).findFirst().orElseThrow());

        assertThat(vm.dashboardProperty().get().score().visits()).isEqualTo(30);
        assertThat(vm.findings()).hasSize((int) failuresOf(first));
    }

    @Test
    void withoutAPlanAskedTheOneShownBeforeStays() {
        vm.refresh(second);
        vm.refresh(null);
        assertThat(vm.planProperty().get().plan().id()).isEqualTo(second);
    }

    @Test
    void everyBarDrillsDownToAsManyFindingsAsItCounts() {
        vm.refresh(first);
        PlanDashboard d = vm.dashboardProperty().get();
        assertThat(d.failuresByGroup()).isNotEmpty();
        assertThat(d.failuresByUnit()).isNotEmpty();

        for (PlanDashboard.Bar bar : d.failuresByGroup()) {
            vm.showGroup(bar);
            assertThat(vm.findings()).as(bar.label()).hasSize(bar.value())
                    .allSatisfy(f -> assertThat(f.groupCode()).isEqualTo(bar.key()));
            assertThat(vm.findingsTitleProperty().get()).contains(bar.label());
        }
        for (PlanDashboard.Bar bar : d.failuresByUnit()) {
            vm.showUnit(bar);
            assertThat(vm.findings()).as(bar.label()).hasSize(bar.value())
                    .allSatisfy(f -> assertThat(f.unitId()).isEqualTo(bar.key()));
        }
        assertThat(d.failuresByGroup().stream().mapToInt(PlanDashboard.Bar::value).sum())
                .isEqualTo((int) failuresOf(first));

        vm.showAllFindings();
        assertThat(vm.findings()).hasSize((int) failuresOf(first));
    }

    @Test
    void aFindingOpensItsVisit() {
        vm.refresh(first);
        String visitId = vm.findings().get(0).visitId();
        vm.openVisit(visitId);
        assertThat(t.visited).containsExactly(new Place.VisitPlace(visitId));
    }
}
