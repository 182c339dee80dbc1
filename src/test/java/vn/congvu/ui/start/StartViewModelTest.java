package vn.congvu.ui.start;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.SettingsService;
import vn.congvu.app.VisitService;
import vn.congvu.app.demo.DemoGenerator;
import vn.congvu.domain.ActionStatus;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.Place;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StartViewModelTest {

    @TempDir
    Path dir;

    private UiTestContext t;
    private StartViewModel vm;

    @BeforeEach
    void open() {
        t = new UiTestContext(dir);
        vm = new StartViewModel(t.ctx);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void anEmptyDatabaseOffersDemoDataAndTheDemoFillsThePlansAndTheRecentVisits() {
        vm.refresh();
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.plans()).isEmpty();
        assertThat(vm.recent()).isEmpty();

        vm.loadDemo();

        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.plans()).singleElement()
                .satisfies(s -> assertThat(s.visits()).isEqualTo(StartViewModel.DEMO_VISITS));
        assertThat(vm.recent()).hasSize(StartViewModel.RECENT_VISITS);
    }

    @Test
    void aPlansProgressIsWhatItsVisitsAndRecommendationsSay() {
        String planId = new DemoGenerator(t.workspace).generate(40, 7).planId();
        vm.refresh();

        List<VisitService.VisitRow> visits = t.workspace.visits().list(planId);
        long units = visits.stream().map(VisitService.VisitRow::unitId).distinct().count();
        long open = visits.stream().flatMap(v -> t.workspace.followUps().sheet(v.id()).recommendations().stream())
                .filter(r -> r.status() == ActionStatus.OPEN || r.status() == ActionStatus.IN_PROGRESS).count();
        assertThat(vm.plans()).singleElement().satisfies(s -> {
            assertThat(s.plan().id()).isEqualTo(planId);
            assertThat(s.visits()).isEqualTo(40);
            assertThat(s.unitsVisited()).isEqualTo(units).isPositive();
            assertThat(s.unitsPlanned()).isEqualTo(t.workspace.plans().details(planId).units().size());
            assertThat(s.openRecommendations()).isEqualTo(open).isPositive();
        });
    }

    @Test
    void recentVisitsAreTheLatestTwelveNewestFirst() {
        String planId = new DemoGenerator(t.workspace).generate(30, 3).planId();
        vm.refresh();

        List<VisitService.VisitRow> newest = t.workspace.visits().list(planId).stream()
                .sorted(Comparator.comparing(VisitService.VisitRow::date).reversed()).limit(12).toList();
        assertThat(vm.recent()).hasSize(12);
        assertThat(vm.recent()).extracting(VisitService.VisitRow::date)
                .isSortedAccordingTo(Comparator.reverseOrder())
                .containsExactlyElementsOf(newest.stream().map(VisitService.VisitRow::date).toList());
    }

    @Test
    void theGreetingNamesTheInspectorOnceTheSettingsKnowThem() {
        vm.refresh();
        assertThat(vm.greetingProperty().get()).isEqualTo("Xin chào");

        t.workspace.settings().put(SettingsService.PROFILE_NAME, "Trần Thu Hà");
        vm.refresh();

        assertThat(vm.greetingProperty().get()).isEqualTo("Xin chào, Trần Thu Hà");
    }

    @Test
    void theLinksGoToThePlanItsDashboardAVisitOrANewPlan() {
        vm.openPlan("p1");
        vm.openDashboard("p1");
        vm.openVisit("v1");
        vm.newPlan();
        assertThat(t.visited).containsExactly(new Place.Plans("p1"), new Place.Dashboard("p1"),
                new Place.VisitPlace("v1"), new Place.Plans(null));
    }
}
