package vn.congvu.ui;

import vn.congvu.app.AppPaths;
import vn.congvu.app.Workspace;
import vn.congvu.app.backup.BackupService;
import vn.congvu.ui.start.StartViewModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the desktop app needs before it can show anything but a splash: the database opened (checked,
 * migrated, seeded), the settings, and the start screen's first data. Runs on any thread but the FX one —
 * when started from the launcher, on its own thread while the FX toolkit is still starting.
 */
final class Opening {

    /** The open workspace, its settings, and the start screen's data (null if reading it failed). */
    record Opened(Workspace workspace, Map<String, String> settings, StartViewModel.Overview startData) {
    }

    /** Thrown when the database is gone but backups of it are there. */
    static final class MissingWithBackups extends RuntimeException {
        MissingWithBackups() {
            super("the database is missing; backups are there", null, false, false);
        }
    }

    private Opening() {
    }

    /**
     * @param database       the file given with --db (absolute), or null for the default database
     * @param mayCreateEmpty whether a missing database with backups may be created empty (the user chose so)
     */
    static Opened run(Path database, boolean mayCreateEmpty, Clock clock) {
        Path file = fileOf(database);
        if (!mayCreateEmpty && isMissing(file) && new BackupService(file, clock).latestGood().isPresent()) {
            throw new MissingWithBackups();
        }
        Workspace ws = database == null ? Workspace.openDefault(AppPaths.fromSystem(), clock)
                : Workspace.open(database, true, clock);
        try {
            Map<String, String> settings = ws.settings().all();
            StartViewModel.Overview start;
            try {
                start = StartViewModel.read(ws);
            } catch (RuntimeException e) {
                start = null; // the start screen reads again and says what failed
            }
            return new Opened(ws, settings, start);
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    static Path fileOf(Path database) {
        return database != null ? database.toAbsolutePath() : AppPaths.fromSystem().database(null).toAbsolutePath();
    }

    private static boolean isMissing(Path file) {
        try {
            return !Files.exists(file) || Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
