package vn.congvu.ui.recovery;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.congvu.app.Messages;
import vn.congvu.app.Workspace;
import vn.congvu.app.backup.BackupManifest;
import vn.congvu.app.ops.DiagnosticsService;
import vn.congvu.domain.IntegrityIssue;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Background;
import vn.congvu.ui.common.DialogService;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The File menu's safety actions: <i>Sao lưu</i> (a backup, evidence included, to a file the user chooses),
 * the full integrity check on demand, and <i>Gửi báo cáo lỗi</i> (the diagnostics zip). Restoring goes
 * through the recovery screen.
 */
public final class FileOperations {

    private final Messages messages;
    private final Background background;
    private final DialogService dialogs;
    private final Workspace workspace;
    private final Path logDir;
    private final Clock clock;
    private final Runnable offerRestore;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Background.Handle running;

    /** @param offerRestore opens the recovery screen (after a failed check) */
    public FileOperations(Messages messages, Background background, DialogService dialogs, Workspace workspace,
                          Path logDir, Clock clock, Runnable offerRestore) {
        this.messages = messages;
        this.background = background;
        this.dialogs = dialogs;
        this.workspace = workspace;
        this.logDir = logDir;
        this.clock = clock;
        this.offerRestore = offerRestore;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Asks where, then backs up with progress; cancel leaves no file. */
    public void backupNow() {
        if (busy.get()) {
            return;
        }
        String suggested = "congvu-sao-luu-" + LocalDate.now(clock) + ".zip";
        dialogs.saveFile(messages.get("ui.ops.backupTitle"), suggested, messages.get("ui.recovery.zipFilter"), "*.zip")
                .ifPresent(target -> {
                    start(messages.get("ui.ops.backingUp"));
                    running = background.submit("backup to " + target,
                            p -> workspace.backups().backupTo(target, true, new vn.congvu.app.ProgressSink() {
                                @Override
                                public void update(long done, long total) {
                                    p.update(done, total, "");
                                }

                                @Override
                                public boolean isCancelled() {
                                    return p.isCancelled();
                                }
                            }),
                            (fraction, text) -> progress.set(fraction),
                            made -> {
                                stop();
                                BackupManifest m = made.manifest().orElseThrow();
                                String text = messages.get("ui.ops.backupDone", made.file().toString(), m.visits(),
                                        m.evidence().files().size() - m.evidence().missing().size());
                                if (!m.evidence().missing().isEmpty()) {
                                    text += "\n" + messages.get("cli.backup.evidenceMissing", m.evidence().missing().size());
                                }
                                dialogs.showInfo(messages.get("ui.ops.backupTitle"), text);
                            }, failure -> {
                                stop();
                                dialogs.showError(messages.get("ui.ops.backupFailed"), UiContext.describe(messages, failure));
                            });
                });
    }

    /** Stops a backup under way; its partial file is removed. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            stop();
        }
    }

    /** The full check, on demand: SQLite's integrity_check and the app's own checks. */
    public void checkIntegrity() {
        if (busy.get()) {
            return;
        }
        start(messages.get("ui.ops.checking"));
        background.submit("full integrity check", p -> workspace.stats().verify(true), issues -> {
            stop();
            if (issues.isEmpty()) {
                dialogs.showInfo(messages.get("ui.ops.checkTitle"), messages.get("ui.ops.checkOk"));
                return;
            }
            boolean fileDamaged = issues.stream().anyMatch(i -> i.check() == IntegrityIssue.IntegrityCheck.SQLITE_INTEGRITY);
            String text = messages.get("ui.ops.checkFailed", issues.size()) + "\n" + summary(issues);
            if (fileDamaged && dialogs.confirm(messages.get("ui.ops.checkTitle"), text + "\n\n"
                    + messages.get("ui.ops.offerRestore"))) {
                offerRestore.run();
            } else if (!fileDamaged) {
                dialogs.showError(messages.get("ui.ops.checkTitle"), text);
            }
        }, failure -> {
            stop();
            dialogs.showError(messages.get("ui.ops.checkTitle"), UiContext.describe(messages, failure));
        });
    }

    private String summary(List<IntegrityIssue> issues) {
        StringBuilder out = new StringBuilder();
        issues.stream().limit(5).forEach(i -> out.append("• ").append(messages.get("integrity." + i.check().name()))
                .append(": ").append(i.detail()).append('\n'));
        return out.toString().strip();
    }

    /** <i>Gửi báo cáo lỗi</i>: asks where, writes the zip, says what is (not) in it. */
    public void exportDiagnostics() {
        if (busy.get()) {
            return;
        }
        String suggested = "congvu-chan-doan-" + LocalDate.now(clock) + ".zip";
        dialogs.saveFile(messages.get("ui.ops.diagnosticsTitle"), suggested, messages.get("ui.recovery.zipFilter"), "*.zip")
                .ifPresent(target -> {
                    start(messages.get("ui.ops.exporting"));
                    background.submit("diagnostics to " + target,
                            p -> new DiagnosticsService(workspace.file(), logDir, clock).export(target), report -> {
                                stop();
                                dialogs.showInfo(messages.get("ui.ops.diagnosticsTitle"),
                                        messages.get("cli.diagnostics.done", target.toString()));
                            }, failure -> {
                                stop();
                                dialogs.showError(messages.get("ui.ops.diagnosticsTitle"),
                                        UiContext.describe(messages, failure));
                            });
                });
    }

    private void start(String text) {
        busy.set(true);
        progress.set(-1);
        message.set(text);
    }

    private void stop() {
        busy.set(false);
        progress.set(0);
        message.set("");
        running = null;
    }
}
