package vn.congvu.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten kill trials, so that CI stays fast; {@code .ci/crash-trials} runs a hundred. Each trial kills a child
 * JVM writing through the store API or the command line with SIGKILL at a random moment, then checks the
 * database's integrity and that every acknowledged write is there.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesSigkillAndTheFileStaysSound() throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        CrashTrials.Outcome outcome = new CrashTrials(dir.resolve("congvu.db"), 20_250_602L,
                new PrintStream(report, true, StandardCharsets.UTF_8)).run(10);

        String printed = report.toString(StandardCharsets.UTF_8);
        System.out.print(printed);
        assertThat(outcome.failures()).as(printed).isEmpty();
        assertThat(outcome.passed()).isEqualTo(10);
        assertThat(outcome.acknowledged()).as("the children wrote something before they were killed").isGreaterThan(20);
        assertThat(printed).contains("10 consecutive kill trials passed of 10");
    }
}
