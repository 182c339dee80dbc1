package vn.congvu;

import vn.congvu.app.AppPaths;
import vn.congvu.cli.Cli;
import vn.congvu.app.Messages;
import vn.congvu.ui.DesktopLaunch;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * The one entry point: with no command it opens the desktop app, with one it runs the command line.
 * A plain main class (not an {@code Application}) so that JavaFX starts from the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        AppPaths paths = AppPaths.fromSystem();
        chooseLogFolder(paths);
        // stdout and stderr in UTF-8 whatever the console's default, so Vietnamese survives pipes
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        // the installed command-line launcher (congvu-cli) shows the help rather than opening the window
        String[] effective = args.length == 0 && Boolean.getBoolean("congvu.cli") ? new String[] {"--help"} : args;
        DesktopArgs desktop = DesktopArgs.of(effective);
        if (desktop != null) {
            // the window without a command: straight there, without building the command line's parser
            System.exit(DesktopLaunch.launchAndWait(desktop.database(), desktop.locale()));
        }
        int code = new Cli(paths, Clock.systemDefaultZone(), out, err, DesktopLaunch::launchAndWait).run(effective);
        System.exit(code);
    }

    /** Only --db FILE and --lang vi|en, each at most once: the desktop app; anything else is for the parser. */
    record DesktopArgs(Path database, Locale locale) {

        static DesktopArgs of(String[] args) {
            Path database = null;
            String lang = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                String value;
                if (a.contains("=")) {
                    value = a.substring(a.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    return null;
                }
                if (value.isEmpty() || value.startsWith("-")) {
                    return null;
                }
                if (name.equals("--db") && database == null) {
                    try {
                        database = Path.of(value);
                    } catch (InvalidPathException e) {
                        return null;
                    }
                } else if (name.equals("--lang") && lang == null
                        && (value.equalsIgnoreCase("vi") || value.equalsIgnoreCase("en"))) {
                    lang = value;
                } else {
                    return null;
                }
            }
            return new DesktopArgs(database, lang == null ? null : Messages.localeOf(lang));
        }
    }

    /** Logs go to the OS's log folder; if it cannot be made, to the temp folder rather than nowhere. */
    private static void chooseLogFolder(AppPaths paths) {
        if (System.getProperty("congvu.logdir") != null) {
            return;
        }
        Path dir = paths.logDir();
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                dir = Path.of(System.getProperty("java.io.tmpdir"), "congvu-logs");
            }
        } catch (IOException | SecurityException e) {
            dir = Path.of(System.getProperty("java.io.tmpdir"), "congvu-logs");
        }
        System.setProperty("congvu.logdir", dir.toString());
    }
}
