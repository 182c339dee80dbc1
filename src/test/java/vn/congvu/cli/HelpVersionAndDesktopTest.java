package vn.congvu.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congvu.testing.CliHarness;
import vn.congvu.testing.CliHarness.DesktopStart;
import vn.congvu.testing.CliHarness.Run;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class HelpVersionAndDesktopTest {

    @TempDir
    Path dir;

    private CliHarness cli() {
        return new CliHarness(dir.resolve("home"));
    }

    @Test
    void helpIsVietnameseByDefault() {
        Run run = cli().run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Cách dùng: congvu").contains("Tùy chọn:").contains("Lệnh:")
                .contains("Hiện hướng dẫn này rồi thoát.").contains("Tính hạn trả kết quả theo ngày làm việc.");
        for (String command : new String[] {"init", "stats", "units", "holidays", "due", "list", "criteria", "answer",
                "search", "verify"}) {
            assertThat(run.out()).as(command).containsPattern("(?m)^  " + command + " ");
        }
        assertThat(dir.resolve("home")).as("help opens no database").doesNotExist();
    }

    @Test
    void helpIsEnglishWithLangEn() {
        Run run = cli().run("--lang", "en", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: congvu").contains("Options:").contains("Commands:")
                .contains("Show this help and exit.").contains("Compute a due date").doesNotContain("Cách dùng");
    }

    @Test
    void langMayAlsoBeWrittenWithAnEqualsSign() {
        assertThat(cli().run("--help", "--lang=en").out()).startsWith("Usage: congvu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "stats", "units list", "units import", "holidays import", "holidays list", "due",
            "list plans", "list visits", "criteria list", "answer", "search", "verify"})
    void everyCommandHasHelpInBothLanguages(String command) {
        String[] words = command.split(" ");
        String[] vi = new String[words.length + 1];
        System.arraycopy(words, 0, vi, 0, words.length);
        vi[words.length] = "--help";
        String[] en = new String[words.length + 3];
        en[0] = "--lang";
        en[1] = "en";
        System.arraycopy(vi, 0, en, 2, vi.length);

        Run viRun = cli().run(vi);
        Run enRun = cli().run(en);

        assertThat(viRun.exitCode()).as(viRun.err()).isZero();
        assertThat(viRun.out()).startsWith("Cách dùng: congvu " + command).doesNotContain("${bundle")
                .doesNotContain("cli.");
        assertThat(enRun.exitCode()).as(enRun.err()).isZero();
        assertThat(enRun.out()).startsWith("Usage: congvu " + command).doesNotContain("${bundle")
                .doesNotContain("cli.");
    }

    @Test
    void versionPrintsTheProductAndItsVersion() {
        Run run = cli().run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines().get(0)).matches("CongVu Inspector \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(dir.resolve("home")).doesNotExist();
    }

    @Test
    void withoutACommandTheDesktopAppStartsOnTheDefaultDatabaseInItsOwnLanguage() {
        CliHarness cli = cli();

        Run run = cli.run();

        assertThat(run.exitCode()).isZero();
        // no --lang: the app uses the language saved in its settings (Vietnamese until changed)
        assertThat(cli.desktopStarts()).containsExactly(new DesktopStart(null, null));
    }

    @Test
    void withOnlyDbAndLangTheDesktopAppStartsOnThatDatabaseInThatLanguage() {
        CliHarness cli = cli();
        Path db = dir.resolve("khac.db");

        Run run = cli.run("--db", db.toString(), "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(cli.desktopStarts()).containsExactly(new DesktopStart(db, Locale.ENGLISH));
    }

    @Test
    void commandsDoNotStartTheDesktopApp() {
        CliHarness cli = cli();

        cli.run("--version");
        cli.run("--help");

        assertThat(cli.desktopStarts()).isEmpty();
    }
}
