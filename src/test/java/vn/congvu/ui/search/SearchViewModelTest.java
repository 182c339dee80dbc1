package vn.congvu.ui.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.SearchResult;
import vn.congvu.app.demo.DemoGenerator;
import vn.congvu.domain.Result;
import vn.congvu.domain.SearchKind;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.Place;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchViewModelTest {

    @TempDir
    Path dir;

    private UiTestContext t;
    private SearchViewModel vm;

    @BeforeEach
    void open() {
        t = new UiTestContext(dir);
        new DemoGenerator(t.workspace).generate(60, 11);
        vm = new SearchViewModel(t.ctx);
        vm.loadPlans();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void nothingTypedAndNoFilterShowsTheHintAndNoResults() {
        vm.textProperty().set("khai sinh");
        vm.textProperty().set("");
        assertThat(vm.results()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo(t.ctx.messages().get("ui.search.hint"));
    }

    @Test
    void typingWithoutDiacriticsFindsAndEveryFilterNarrowsTheResults() {
        vm.textProperty().set("khai sinh");
        List<SearchResult> all = List.copyOf(vm.results());
        assertThat(all).hasSizeGreaterThan(3);
        assertThat(vm.summaryProperty().get()).isEqualTo("Tìm thấy " + all.size() + " kết quả. Nhấn đúp hoặc Enter để mở.");

        // one unit
        SearchResult first = all.get(0);
        vm.unitProperty().set(t.workspace.units().find(first.unitId()).orElseThrow());
        assertThat(vm.results()).isNotEmpty().hasSizeLessThan(all.size())
                .allSatisfy(r -> assertThat(r.unitId()).isEqualTo(first.unitId()));
        assertThat(all.stream().filter(r -> r.unitId().equals(first.unitId())).count())
                .isEqualTo(vm.results().size());

        // a period
        vm.unitProperty().set(null);
        LocalDate from = all.stream().map(SearchResult::date).sorted().toList().get(all.size() / 2);
        vm.fromProperty().set(from);
        assertThat(vm.results()).isNotEmpty().hasSizeLessThan(all.size())
                .allSatisfy(r -> assertThat(r.date()).isAfterOrEqualTo(from));

        // clearing the filters gives the text's results back
        vm.clearFilters();
        assertThat(vm.results()).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void theResultFilterAloneListsOnlyFailedCriteria() {
        vm.resultProperty().set(Result.FAIL);
        assertThat(vm.results()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.result()).isEqualTo(Result.FAIL));
    }

    @Test
    void thePlanFilterKeepsOnlyThatPlansVisits() {
        String other = new DemoGenerator(t.workspace).generate(5, 12).planId();
        vm.loadPlans();
        vm.resultProperty().set(Result.FAIL);
        int both = vm.results().size();
        vm.planProperty().set(vm.plans().stream().filter(p -> p.plan().id().equals(other)).findFirst().orElseThrow());
        List<String> visitsOfOther = t.workspace.visits().list(other).stream().map(v -> v.id()).toList();
        assertThat(vm.results()).isNotEmpty().hasSizeLessThan(both)
                .allSatisfy(r -> assertThat(visitsOfOther).contains(r.visitId()));
    }

    @Test
    void aResultOpensItsVisitAndAUnitOpensTheCatalogue() {
        vm.textProperty().set("khai sinh");
        SearchResult hit = vm.results().get(0);
        vm.open(hit);
        vm.open(new SearchResult(SearchKind.UNIT, hit.unitId(), null, hit.unitId(), hit.unitName(), null,
                hit.unitName(), null, null));
        assertThat(t.visited).containsExactly(new Place.VisitPlace(hit.visitId()), new Place.Units());
    }
}
