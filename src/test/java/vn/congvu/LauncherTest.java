package vn.congvu;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {

    private static Launcher.DesktopArgs of(String... args) {
        return Launcher.DesktopArgs.of(args);
    }

    @Test
    void noArgumentsOpensTheWindowOnTheDefaultDatabaseInTheSavedLanguage() {
        assertThat(of()).isEqualTo(new Launcher.DesktopArgs(null, null));
    }

    @Test
    void theDatabaseAndTheLanguageMayBeGivenEitherWay() {
        assertThat(of("--db", "a.db", "--lang", "en"))
                .isEqualTo(new Launcher.DesktopArgs(Path.of("a.db"), Locale.forLanguageTag("en")));
        assertThat(of("--lang=VI", "--db=/x/b.db"))
                .isEqualTo(new Launcher.DesktopArgs(Path.of("/x/b.db"), Locale.forLanguageTag("vi")));
    }

    @Test
    void anythingElseIsLeftToTheCommandLineParserWithItsMessages() {
        assertThat(of("--version")).isNull();
        assertThat(of("--help")).isNull();
        assertThat(of("stats")).isNull();
        assertThat(of("--db", "a.db", "units", "list")).isNull();
        assertThat(of("--db")).isNull();
        assertThat(of("--db", "")).isNull();
        assertThat(of("--db", "--lang", "vi")).isNull();
        assertThat(of("--lang", "fr")).isNull();
        assertThat(of("--db", "a.db", "--db", "b.db")).isNull();
        assertThat(of("--lang", "vi", "--lang", "en")).isNull();
    }
}
