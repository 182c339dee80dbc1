package vn.congvu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-user folders each OS expects, and the order in which --db, CONGVU_DB and the default win. */
class AppPathsTest {

    private static final Path HOME = Path.of("/home/thanh");

    @Test
    void linuxFollowsTheXdgBaseDirectories() {
        AppPaths plain = new AppPaths(Map.of(), "Linux", HOME);
        assertThat(plain.defaultDataDir()).isEqualTo(HOME.resolve(".local/share/congvu"));
        assertThat(plain.logDir()).isEqualTo(HOME.resolve(".local/state/congvu/logs"));

        AppPaths xdg = new AppPaths(Map.of("XDG_DATA_HOME", "/data/u", "XDG_STATE_HOME", "/state/u"), "Linux", HOME);
        assertThat(xdg.defaultDataDir()).isEqualTo(Path.of("/data/u/congvu"));
        assertThat(xdg.logDir()).isEqualTo(Path.of("/state/u/congvu/logs"));

        AppPaths blank = new AppPaths(Map.of("XDG_DATA_HOME", "  "), "Linux", HOME);
        assertThat(blank.defaultDataDir()).as("a blank variable counts as unset").isEqualTo(HOME.resolve(".local/share/congvu"));
    }

    @Test
    void windowsUsesAppDataForDataAndLocalAppDataForLogs() {
        AppPaths win = new AppPaths(Map.of("APPDATA", "/c/Users/thanh/AppData/Roaming",
                "LOCALAPPDATA", "/c/Users/thanh/AppData/Local"), "Windows 11", HOME);
        assertThat(win.defaultDataDir()).isEqualTo(Path.of("/c/Users/thanh/AppData/Roaming/CongVu"));
        assertThat(win.logDir()).isEqualTo(Path.of("/c/Users/thanh/AppData/Local/CongVu/Logs"));

        AppPaths noVariables = new AppPaths(Map.of(), "Windows 10", HOME);
        assertThat(noVariables.defaultDataDir()).isEqualTo(HOME.resolve("AppData/Roaming/CongVu"));
        assertThat(noVariables.logDir()).isEqualTo(HOME.resolve("AppData/Local/CongVu/Logs"));
    }

    @Test
    void macUsesApplicationSupportAndLibraryLogs() {
        AppPaths mac = new AppPaths(Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", HOME);
        assertThat(mac.defaultDataDir()).isEqualTo(HOME.resolve("Library/Application Support/CongVu"));
        assertThat(mac.logDir()).isEqualTo(HOME.resolve("Library/Logs/CongVu"));
    }

    @Test
    void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        AppPaths withEnv = new AppPaths(Map.of("CONGVU_DB", "/tmp/env.db"), "Linux", HOME);
        assertThat(withEnv.database(Path.of("/tmp/cli.db"))).isEqualTo(Path.of("/tmp/cli.db"));
        assertThat(withEnv.database(null)).isEqualTo(Path.of("/tmp/env.db"));
        assertThat(withEnv.isDefault(withEnv.database(null))).isFalse();

        AppPaths plain = new AppPaths(Map.of(), "Linux", HOME);
        Path fallback = plain.database(null);
        assertThat(fallback).isEqualTo(HOME.resolve(".local/share/congvu/congvu.db"));
        assertThat(plain.isDefault(fallback)).isTrue();
    }

    @Test
    void logsCanBeSentElsewhereAndEvidenceLivesBesideTheDatabase() {
        AppPaths paths = new AppPaths(Map.of("CONGVU_LOG_DIR", "/var/tmp/congvu-logs"), "Linux", HOME);
        assertThat(paths.logDir()).isEqualTo(Path.of("/var/tmp/congvu-logs"));
        assertThat(AppPaths.evidenceDir(Path.of("/srv/team/congvu.db"))).isEqualTo(Path.of("/srv/team/evidence"));
    }
}
