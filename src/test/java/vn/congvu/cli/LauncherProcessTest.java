package vn.congvu.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.testing.CliHarness;
import vn.congvu.testing.CliHarness.Run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.testing.CliHarness.assertOneCleanError;

/**
 * The command line as users run it: a separate JVM started on {@code vn.congvu.Launcher} with this test's
 * classpath, in a POSIX locale whose default charset is ASCII, so that Vietnamese only comes out right
 * because the Launcher writes UTF-8 itself.
 */
class LauncherProcessTest {

    @TempDir
    Path dir;

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "vn.congvu.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile());
        pb.environment().put("HOME", dir.resolve("home").toString());
        pb.environment().put("CONGVU_LOG_DIR", dir.resolve("logs").toString());
        pb.environment().remove("CONGVU_DB");
        pb.environment().remove("XDG_DATA_HOME");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Run(p.exitValue(), strictUtf8(dir.resolve("stdout")), strictUtf8(dir.resolve("stderr")));
    }

    private static String strictUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not UTF-8", e);
        }
    }

    @Test
    void theLauncherSpeaksUtf8VietnameseAndReportsErrorsOnOneLine() throws Exception {
        Path db = dir.resolve("congvu.db");

        Run init = launch("--db", db.toString(), "init");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.err()).isEmpty();
        assertThat(init.out()).startsWith("Cơ sở dữ liệu sẵn sàng: " + db).contains("126 đơn vị, 18 tiêu chí");

        Run due = launch("--db", db.toString(), "due", "--received", "2025-04-24T09:00", "--days", "5");
        assertThat(due.exitCode()).isZero();
        assertThat(due.out()).isEqualTo("2025-05-05" + System.lineSeparator());

        String hash = CliHarness.sha256(db);
        Run bad = launch("--db", db.toString(), "due", "--received", "2025-13-40T09:00", "--days", "5");
        assertOneCleanError(bad, ExitCodes.USAGE,
                "Giá trị --received không phải ngày giờ dạng YYYY-MM-DDTHH:MM: 2025-13-40T09:00");

        Run missing = launch("--db", dir.resolve("khong-co.db").toString(), "stats");
        assertOneCleanError(missing, ExitCodes.FAILURE, "Không có cơ sở dữ liệu tại");
        assertThat(dir.resolve("khong-co.db")).doesNotExist();

        assertThat(CliHarness.sha256(db)).isEqualTo(hash);
        assertThat(dir.resolve("home")).as("nothing written to the home folder").doesNotExist();
    }
}
