package vn.congvu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.testing.CliHarness;
import vn.congvu.testing.CliHarness.Run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InitAndStatsCommandTest {

    private static final List<String> REQUIRED_COUNTS = List.of("units", "plans", "visits", "answers", "officials",
            "dossiers", "evidence", "actions", "templates", "criteria");

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode stats(CliHarness cli, Path db) throws Exception {
        Run run = cli.runOn(db, "stats", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).as("one JSON object on one line").hasSize(1);
        return json.readTree(run.out());
    }

    @Test
    void initCreatesTheDatabaseWithTheReferenceData() throws Exception {
        CliHarness cli = new CliHarness(dir);
        Path db = dir.resolve("congvu.db");

        Run init = cli.runOn(db, "init");

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.err()).isEmpty();
        assertThat(init.out()).contains("Cơ sở dữ liệu sẵn sàng").contains("126 đơn vị").contains("18 tiêu chí");
        assertThat(db).isRegularFile();
        JsonNode counts = stats(cli, db);
        assertThat(counts.get("units").asLong()).isEqualTo(126);
        assertThat(counts.get("criteria").asLong()).isEqualTo(18);
        assertThat(counts.get("templates").asLong()).isEqualTo(1);
        assertThat(counts.get("plans").asLong()).isZero();
        assertThat(counts.get("visits").asLong()).isZero();
    }

    @Test
    void initTwiceChangesNoCount() throws Exception {
        CliHarness cli = new CliHarness(dir);
        Path db = dir.resolve("congvu.db");
        assertThat(cli.runOn(db, "init").exitCode()).isZero();
        JsonNode first = stats(cli, db);

        Run again = cli.runOn(db, "init");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(stats(cli, db)).isEqualTo(first);
    }

    @Test
    void initSpeaksEnglishWhenAsked() {
        Run init = new CliHarness(dir).runOn(dir.resolve("congvu.db"), "--lang", "en", "init");

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("Database ready").contains("126 units").contains("18 criteria");
    }

    @Test
    void initWithoutDbCreatesTheDefaultDatabaseUnderXdgDataHome() {
        Path data = dir.resolve("xdg-data");
        CliHarness cli = new CliHarness(dir.resolve("home")).withEnv("XDG_DATA_HOME", data.toString());

        Run init = cli.run("init");

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(data.resolve("congvu").resolve("congvu.db")).isRegularFile();
    }

    @Test
    void congvuDbVariableNamesTheDatabaseWhenNoDbOptionIsGiven() {
        Path db = CliHarness.initialisedDatabase(dir.resolve("from-env.db"));
        CliHarness cli = new CliHarness(dir.resolve("home")).withEnv("CONGVU_DB", db.toString());

        Run stats = cli.run("stats");

        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).contains(db.toString());
        assertThat(dir.resolve("home")).doesNotExist();
    }

    @Test
    void statsJsonIsOneObjectOfIntegerCounts() throws Exception {
        Path db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));

        JsonNode counts = stats(new CliHarness(dir), db);

        assertThat(counts.isObject()).isTrue();
        for (String key : REQUIRED_COUNTS) {
            assertThat(counts.has(key)).as("key %s", key).isTrue();
        }
        for (Map.Entry<String, JsonNode> e : counts.properties()) {
            assertThat(e.getValue().isIntegralNumber()).as("%s is an integer: %s", e.getKey(), e.getValue()).isTrue();
            assertThat(e.getValue().asLong()).as(e.getKey()).isNotNegative();
        }
        assertThat(counts.get("units").asLong()).isEqualTo(126);
        assertThat(counts.get("criteria").asLong()).isEqualTo(18);
    }

    @Test
    void statsAsTextNamesTheDatabaseAndEachCountInVietnamese() {
        Path db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));

        Run stats = new CliHarness(dir).runOn(db, "stats");

        assertThat(stats.exitCode()).isZero();
        assertThat(stats.out()).contains("Cơ sở dữ liệu: " + db).contains("Đơn vị").contains("Tiêu chí")
                .contains("126").doesNotContain("cli.stats.key");
    }

    @Test
    void statsDoesNotChangeTheDatabaseFile() {
        Path db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));
        String before = CliHarness.sha256(db);

        new CliHarness(dir).runOn(db, "stats", "--json");

        assertThat(CliHarness.sha256(db)).isEqualTo(before);
        assertThat(Files.exists(Path.of(db + "-wal"))).isFalse();
    }
}
