package vn.congvu.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppPaths;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        AppPaths paths = new AppPaths(Map.of(), "Linux", dir.resolve("home"));
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);
        return new Cli(paths, clock, new PrintWriter(out), new PrintWriter(err), (db, locale) -> {
            throw new AssertionError("no desktop in tests");
        }).run(args);
    }

    @Test
    void demoCreatesTheNamedDatabaseAndSaysWhatItMade() {
        Path db = dir.resolve("demo.db");
        int code = run("--lang", "en", "--db", db.toString(), "demo", "--visits", "12", "--seed", "4");
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Files.exists(db)).isTrue();
        assertThat(out.toString()).startsWith("Made 12 visits, 216 criterion results,");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void demoRefusesZeroVisitsBeforeTouchingAnyFile() {
        Path db = dir.resolve("demo.db");
        int code = run("--lang", "en", "--db", db.toString(), "demo", "--visits", "0");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.exists(db)).isFalse();
    }
}
