package vn.congvu;

import vn.congvu.app.AppPaths;
import vn.congvu.cli.Cli;
import vn.congvu.ui.DesktopApp;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

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
        int code = new Cli(paths, Clock.systemDefaultZone(), out, err, DesktopApp::launchAndWait).run(effective);
        System.exit(code);
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
