package vn.congvu.cli;

import java.nio.file.Path;
import java.util.Locale;

/** Starts the desktop app when no command is given; wired in by the Launcher so that cli does not know ui. */
@FunctionalInterface
public interface DesktopStarter {

    /**
     * @param database the file named by --db, or null for the default database
     * @param locale   the language given with --lang, or null to use the app's setting
     * @return the exit code once the window is closed
     */
    int start(Path database, Locale locale);
}
