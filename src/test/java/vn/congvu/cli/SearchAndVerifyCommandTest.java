package vn.congvu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.testing.CliFixtures;
import vn.congvu.testing.CliFixtures.SampleVisits;
import vn.congvu.testing.CliHarness;
import vn.congvu.testing.CliHarness.Run;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SearchAndVerifyCommandTest {

    @TempDir
    Path dir;

    private Path db;
    private CliHarness cli;

    @BeforeEach
    void database() {
        db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));
        cli = new CliHarness(dir.resolve("home"));
    }

    private JsonNode searchJson(String... words) throws IOException {
        String[] args = new String[words.length + 2];
        args[0] = "search";
        args[1] = "--json";
        System.arraycopy(words, 0, args, 2, words.length);
        Run run = cli.runOn(db, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void searchWithoutDiacriticsFindsAUnit() throws IOException {
        JsonNode hits = searchJson("dong", "da");

        assertThat(hits.findValuesAsText("title")).contains("Phường Đống Đa");
        JsonNode hit = hits.get(0);
        assertThat(hit.get("kind").asText()).isEqualTo("UNIT");
        assertThat(hit.get("id").asText()).isNotBlank();
        assertThat(hit.has("visit_id")).isTrue();
        assertThat(hit.has("unit_id")).isTrue();
    }

    @Test
    void searchFindsTheNoteOfAnAnswer() throws IOException {
        SampleVisits sample = CliFixtures.addPlansAndVisits(db);
        cli.runOn(db, "answer", "--visit", sample.dongDaVisit(), "--criterion", "2.1", "--result", "fail",
                "--note", "Bộ phận Một cửa không có số đường dây nóng");

        JsonNode hits = searchJson("mot cua duong day");

        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("kind").asText()).isEqualTo("FINDING");
        assertThat(hits.get(0).get("visit_id").asText()).isEqualTo(sample.dongDaVisit());
        assertThat(hits.get(0).get("title").asText()).isEqualTo("Bộ phận Một cửa không có số đường dây nóng");
    }

    @Test
    void searchAsTextShowsTheKindInVietnameseAndACount() {
        Run run = cli.runOn(db, "search", "khuong", "dinh");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Đơn vị").contains("Phường Khương Đình").contains("Tìm thấy 1 kết quả.");
    }

    @Test
    void searchHonoursTheLimit() throws IOException {
        Run run = cli.runOn(db, "search", "--json", "--limit", "3", "phuong");

        assertThat(run.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(run.out())).hasSize(3);
    }

    @Test
    void searchForPunctuationOnlyFindsNothingRatherThanFailing() throws IOException {
        assertThat(searchJson("\"*()")).isEmpty();
    }

    @Test
    void verifyPassesOnASoundDatabase() {
        CliFixtures.addPlansAndVisits(db);

        Run run = cli.runOn(db, "verify");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Cơ sở dữ liệu toàn vẹn");
    }

    @Test
    void verifyFailsWhenAnAnswerPointsAtAnotherChecklistsCriterion() {
        SampleVisits sample = CliFixtures.addPlansAndVisits(db);
        cli.runOn(db, "answer", "--visit", sample.khuongDinhVisit(), "--criterion", "1.1", "--result", "pass");
        String foreignCriterion = CliFixtures.addDraftChecklist(db);
        assertThat(cli.runOn(db, "verify").exitCode()).isZero();
        CliFixtures.executeSql(db, "UPDATE answers SET criterion_id = '" + foreignCriterion + "'");

        Run run = cli.runOn(db, "verify");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).contains("Bộ tiêu chí: answer ");
        assertThat(run.errLines()).containsExactly("Cơ sở dữ liệu có 1 lỗi (xem danh sách ở trên).");
    }

    @Test
    void verifyFailsOnAReferenceToNothing() {
        SampleVisits sample = CliFixtures.addPlansAndVisits(db);
        CliFixtures.executeSql(db, "PRAGMA foreign_keys = OFF",
                "UPDATE visits SET unit_id = 'no-such-unit' WHERE id = '" + sample.dongDaVisit() + "'");

        Run run = cli.runOn(db, "--lang", "en", "verify", "--quick");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).contains("Reference: visits rowid");
        assertThat(run.errLines()).singleElement().asString().startsWith("The database has 1 problem");
    }

    @Test
    void verifyFailsWhenALiveRecordPointsAtADeletedOne() {
        SampleVisits sample = CliFixtures.addPlansAndVisits(db);
        CliFixtures.executeSql(db, "UPDATE units SET deleted = 1 WHERE code = '00364'");

        Run run = cli.runOn(db, "verify");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).contains("Tham chiếu tới bản ghi đã xóa: visits " + sample.khuongDinhVisit());
    }
}
