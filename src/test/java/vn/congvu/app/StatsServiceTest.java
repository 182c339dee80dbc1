package vn.congvu.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.domain.IntegrityIssue;
import vn.congvu.domain.IntegrityIssue.IntegrityCheck;
import vn.congvu.domain.Result;
import vn.congvu.domain.SearchHit;
import vn.congvu.domain.SearchKind;
import vn.congvu.store.Sql;
import vn.congvu.testing.Scenario;
import vn.congvu.testing.TestWorkspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatsServiceTest {

    @TempDir
    Path dir;

    private TestWorkspace t;
    private StatsService stats;

    @BeforeEach
    void open() {
        t = TestWorkspace.open(dir);
        stats = t.ws().stats();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void freshDatabaseVerifiesClean() {
        assertThat(stats.verify(false)).isEmpty();
        assertThat(stats.verify(true)).isEmpty();
    }

    @Test
    void databaseInUseVerifiesClean() {
        Scenario.VisitRef visit = t.scenario().visitToNewWard("T0001");
        t.ws().visits().answer(visit.id(), "1.1", Result.FAIL, "Bộ phận một cửa vắng người");
        t.scenario().official(visit.id(), "Phạm Đức Anh");
        t.scenario().dossier(visit.id(), "HS-0017", "Đăng ký khai sinh");

        assertThat(stats.verify(true)).isEmpty();
    }

    @Test
    void answerToACriterionOfAnotherTemplateIsFound() {
        Scenario.VisitRef visit = t.scenario().visitToNewWard("T0001");
        String seededCriterion = t.ws().templates().currentContent().criteria().get(0).id();
        t.ws().db().write(c -> Sql.update(c, "INSERT INTO answers (id, created_at, updated_at, author, device,"
                + " visit_id, criterion_id, result) VALUES ('0195a1b2-0000-7000-8000-0000000000a1',"
                + " '2025-03-10T02:00:00.000Z', '2025-03-10T02:00:00.000Z', 'x', 'y', ?, ?, 'FAIL')",
                visit.id(), seededCriterion));

        List<IntegrityIssue> issues = stats.verify(false);

        assertThat(issues).containsExactly(new IntegrityIssue(IntegrityCheck.TEMPLATE_MISMATCH,
                "answer 0195a1b2-0000-7000-8000-0000000000a1"));
    }

    @Test
    void liveAnswerOfADeletedVisitIsFound() {
        Scenario.VisitRef visit = t.scenario().visitToNewWard("T0001");
        t.scenario().answer(visit.id(), visit.template().criterion("1.1"), Result.PASS, null);
        t.ws().db().write(c -> Sql.update(c, "UPDATE visits SET deleted = 1 WHERE id = ?", visit.id()));

        List<IntegrityIssue> issues = stats.verify(false);

        assertThat(issues).extracting(IntegrityIssue::check).containsExactly(IntegrityCheck.DELETED_REFERENCE);
    }

    @Test
    void countsAreOfLiveRecords() {
        Map<String, Long> before = stats.counts();
        assertThat(before).containsEntry("units", 126L).containsEntry("visits", 0L).containsEntry("criteria", 18L)
                .containsEntry("holidays", 35L).containsEntry("templates", 1L);

        Scenario.VisitRef visit = t.scenario().visitToNewWard("T0001");
        t.scenario().answer(visit.id(), visit.template().criterion("1.1"), Result.PASS, null);
        t.ws().units().delete(WorkspaceSeedingTest.unitByCode(t.ws(), "00004").id());

        assertThat(stats.counts()).containsEntry("units", 126L).containsEntry("visits", 1L).containsEntry("answers", 1L)
                .containsEntry("criteria", 21L).containsEntry("templates", 2L);
    }

    @Test
    void searchFindsSeededWardsWithoutDiacritics() {
        List<SearchHit> hits = stats.search("khuong dinh", List.of(), 10);
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(SearchKind.UNIT);
            assertThat(h.title()).isEqualTo("Phường Khương Đình");
        });
        assertThat(stats.search("xa soc son", List.of(SearchKind.UNIT), 10)).extracting(SearchHit::title)
                .containsExactly("Xã Sóc Sơn");
        assertThat(stats.search("soc son", List.of(SearchKind.OFFICIAL), 10)).isEmpty();
    }
}
