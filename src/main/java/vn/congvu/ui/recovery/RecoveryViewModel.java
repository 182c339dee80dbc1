package vn.congvu.ui.recovery;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.congvu.app.Messages;
import vn.congvu.app.ProgressSink;
import vn.congvu.app.backup.BackupEntry;
import vn.congvu.app.backup.BackupManifest;
import vn.congvu.app.backup.BackupService;
import vn.congvu.app.backup.RestoreResult;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Background;
import vn.congvu.ui.common.DialogService;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The recovery screen: why the database cannot be used (damaged, gone, or blocked), the backups kept beside
 * it (the newest readable one first and chosen), and a restore from one of them or from a file. Shown in
 * place of the main window when the database does not open or fails its check, and from File › Restore.
 */
public final class RecoveryViewModel {

    /** Why the screen is shown. */
    public enum Mode {
        /** the database is damaged or unreadable: restore a backup */
        DAMAGED,
        /** the database file is gone but backups are there: restore one, or start empty */
        MISSING,
        /** the database cannot be used for another reason (read-only, newer app, disk full): say why, retry */
        BLOCKED,
        /** asked for from the File menu while the app runs */
        ON_REQUEST
    }

    /** What the screen asks of the window around it. */
    public interface Host {
        /** Replaces the database with {@code backup}; runs in the background. */
        RestoreResult restore(Path backup, ProgressSink progress) throws Exception;

        /** After a successful restore: open the app on the restored database. */
        void restored(RestoreResult result);

        /** Try opening the database again (the user freed space, plugged the disk back…). */
        void retry();

        /** Start with a new, empty database (only when the old one is gone). */
        void startEmpty();

        /** Close the screen: quit the app, or back to the main window when asked from the menu. */
        void close();
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Messages messages;
    private final Background background;
    private final DialogService dialogs;
    private final BackupService backups;
    private final Mode mode;
    private final Host host;
    private final ZoneId zone;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation");
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /**
     * @param problem what went wrong, in the user's language (empty when asked from the menu)
     */
    public RecoveryViewModel(Messages messages, Background background, DialogService dialogs, BackupService backups,
                             Mode mode, String problem, Host host, ZoneId zone) {
        this.messages = messages;
        this.background = background;
        this.dialogs = dialogs;
        this.backups = backups;
        this.mode = mode;
        this.host = host;
        this.zone = zone;
        title.set(messages.get("ui.recovery.title." + mode.name()));
        String advice = messages.get("ui.recovery.advice." + mode.name(), backups.database().toString());
        explanation.set(problem == null || problem.isBlank() ? advice : problem + "\n\n" + advice);
    }

    public Mode mode() {
        return mode;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ObservableList<BackupRow> rows() {
        return rows;
    }

    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public boolean offersRetry() {
        return mode == Mode.DAMAGED || mode == Mode.BLOCKED;
    }

    public boolean offersStartEmpty() {
        return mode == Mode.MISSING;
    }

    public boolean offersRestore() {
        return mode != Mode.BLOCKED;
    }

    /** Lists the backups, the newest readable one chosen. */
    public void load() {
        busy.set(true);
        background.submit("list backups", p -> backups.list(), list -> {
            busy.set(false);
            rows.setAll(list.stream().map(this::row).toList());
            selected.set(rows.stream().filter(r -> r.entry().readable()).findFirst().orElse(null));
            if (offersRestore() && rows.isEmpty()) {
                status.set(messages.get("ui.recovery.noBackups", backups.folder().toString()));
            }
        }, failure -> {
            busy.set(false);
            status.set(UiContext.describe(messages, failure));
        });
    }

    private BackupRow row(BackupEntry e) {
        String when = WHEN.format(e.createdAt().atZone(zone));
        String kind = e.reason().map(r -> messages.get("backup.reason." + r.name()))
                .orElse(messages.get("ui.recovery.kindUnknown"));
        String content = e.manifest().filter(m -> m.counts() != null && !m.counts().isEmpty())
                .map(this::content).orElse("");
        String state = messages.get(e.readable() ? "ui.recovery.stateReadable" : "ui.recovery.stateUnreadable");
        return new BackupRow(e, when, kind, content, state);
    }

    private String content(BackupManifest m) {
        String last = m.lastChangeAt() == null ? "" : WHEN.format(java.time.Instant.parse(m.lastChangeAt()).atZone(zone));
        return messages.get("ui.recovery.content", m.visits(), m.counts().getOrDefault("units", 0L), last);
    }

    /** Restores the chosen backup after the user confirms. */
    public void restoreSelected() {
        BackupRow row = selected.get();
        if (row == null) {
            status.set(messages.get("ui.recovery.chooseFirst"));
            return;
        }
        restore(row.entry().file(), row.when());
    }

    /** Restores a backup file the user picks (one carried on a USB stick, say). */
    public void restoreFromFile() {
        Optional<Path> file = dialogs.openFile(messages.get("ui.recovery.pickTitle"), messages.get("ui.recovery.zipFilter"),
                "*.zip");
        file.ifPresent(f -> restore(f, f.getFileName().toString()));
    }

    private void restore(Path file, String label) {
        if (busy.get()) {
            return;
        }
        if (!dialogs.confirm(messages.get("ui.recovery.confirmTitle"), messages.get("ui.recovery.confirm", label))) {
            return;
        }
        busy.set(true);
        progress.set(-1);
        status.set(messages.get("ui.recovery.restoring"));
        background.save("restore " + file, p -> host.restore(file, (done, total) -> p.update(done, total, "")),
                result -> {
                    busy.set(false);
                    progress.set(1);
                    status.set(messages.get("ui.recovery.done"));
                    host.restored(result);
                }, failure -> {
                    busy.set(false);
                    progress.set(0);
                    status.set(UiContext.describe(messages, failure));
                    load();
                });
    }

    public void retry() {
        host.retry();
    }

    public void startEmpty() {
        if (dialogs.confirm(messages.get("ui.recovery.startEmptyTitle"), messages.get("ui.recovery.startEmptyConfirm"))) {
            host.startEmpty();
        }
    }

    /** "Đóng" back to the app when asked from the menu, "Thoát" (quit) otherwise. */
    public String closeLabel() {
        return messages.get(mode == Mode.ON_REQUEST ? "ui.recovery.close" : "ui.recovery.quit");
    }

    public void close() {
        host.close();
    }

    List<BackupRow> rowsSnapshot() {
        return List.copyOf(rows);
    }
}
