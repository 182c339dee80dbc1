package vn.congvu.ui.exchange;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.congvu.app.AppException;
import vn.congvu.app.exchange.ImportPreview;
import vn.congvu.app.exchange.ImportResult;
import vn.congvu.exchange.Manifest;
import vn.congvu.exchange.MergeCounts;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Background;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * <i>Nhận gói dữ liệu</i>: pick the file; a passphrase when the package is encrypted (a wrong one is told
 * apart from a damaged file); what importing would do (new, updated, unchanged, conflicting, deleted)
 * before anything is written; then Apply, in the background with progress. Any refusal is the service's
 * own message, and nothing is written.
 */
public final class ImportViewModel {

    /** Where the wizard is. */
    public enum Step {
        PICK, PASSPHRASE, PREVIEW, APPLYING, DONE
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final UiContext ctx;
    private final Runnable imported;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.PICK);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper wrongPassphrase = new ReadOnlyBooleanWrapper(this, "wrongPassphrase");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper(this, "sourceText", "");
    private final ReadOnlyObjectWrapper<MergeCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText");
    private Background.Handle running;

    /** @param imported told after a package was imported (the conflict badge, the screen on show) */
    public ImportViewModel(UiContext ctx, Runnable imported) {
        this.ctx = ctx;
        this.imported = imported;
    }

    /** Asks for the package, then previews it. */
    public void chooseFile() {
        ctx.dialogs().openFile(ctx.messages().get("ui.exchange.import.title"), ctx.messages().get("ui.exchange.packageFilter"),
                "*.congvu", "*.*").ifPresent(this::open);
    }

    /** Reads the package and works out what importing it would do; writes nothing. */
    public void open(Path chosen) {
        file.set(chosen);
        passphrase.set("");
        result.set(null);
        resultText.set(null);
        runPreview(null);
    }

    /** The passphrase typed: tries it. */
    public void unlock() {
        if (passphrase.get() == null || passphrase.get().isEmpty()) {
            error.set(ctx.messages().get("ui.exchange.import.passphraseEmpty"));
            return;
        }
        runPreview(passphrase.get().toCharArray());
    }

    private void runPreview(char[] secret) {
        Path f = file.get();
        if (f == null || busy.get()) {
            return;
        }
        error.set(null);
        wrongPassphrase.set(false);
        preview.set(null);
        counts.set(null);
        busy.set(true);
        progress.set(-1);
        progressText.set(ctx.messages().get("ui.exchange.import.checking"));
        ctx.background().submit("preview package " + f, p -> {
            try {
                return ctx.workspace().exchange().preview(f, secret);
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
        }, shown -> {
            finish();
            preview.set(shown);
            counts.set(shown.counts());
            Manifest m = shown.manifest();
            sourceText.set(ctx.messages().get("ui.exchange.import.source", m.sourceAuthor(), Ids.shortId(m.sourceDevice()),
                    WHEN.format(m.createdAt().atZone(ctx.clock().getZone())), shown.evidenceFiles()));
            step.set(Step.PREVIEW);
        }, failure -> {
            finish();
            String key = key(failure);
            if ("error.package.passphraseNeeded".equals(key)) {
                step.set(Step.PASSPHRASE);
                return;
            }
            if ("error.package.wrongPassphrase".equals(key)) {
                step.set(Step.PASSPHRASE);
                wrongPassphrase.set(true);
            } else {
                step.set(Step.PICK);
            }
            error.set(ctx.describe(failure));
        });
    }

    /** Imports the package previewed: everything or nothing, in the background. */
    public void apply() {
        Path f = file.get();
        if (f == null || preview.get() == null || busy.get()) {
            return;
        }
        char[] secret = preview.get().encrypted() ? passphrase.get().toCharArray() : null;
        error.set(null);
        busy.set(true);
        progress.set(-1);
        progressText.set(ctx.messages().get("ui.exchange.import.applying"));
        step.set(Step.APPLYING);
        ctx.autosaver().flushAll();
        running = ctx.background().submit("import package " + f, p -> {
            try {
                return ctx.workspace().exchange().importPackage(f, secret,
                        (phase, done, total) -> p.update(done, total, ctx.messages().get("ui.exchange.phase." + phase.name())),
                        p::isCancelled);
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
        }, (fraction, text) -> {
            progress.set(fraction);
            if (text != null && !text.isEmpty()) {
                progressText.set(text);
            }
        }, done -> {
            finish();
            result.set(done);
            counts.set(done.counts());
            MergeCounts c = done.counts();
            resultText.set(ctx.messages().get("ui.exchange.import.done", c.added(), c.updated(), c.unchanged(),
                    c.conflicting(), c.deleted(), done.evidenceFiles()));
            step.set(Step.DONE);
            imported.run();
        }, failure -> {
            finish();
            step.set(Step.PREVIEW);
            error.set(ctx.describe(failure));
        });
    }

    /** Stops the import under way; nothing of it is kept. */
    public void cancel() {
        if (running != null && busy.get()) {
            running.cancel();
            finish();
            step.set(Step.PREVIEW);
            error.set(ctx.messages().get("ui.exchange.import.cancelled"));
        }
    }

    private void finish() {
        busy.set(false);
        progress.set(0);
        progressText.set("");
        running = null;
    }

    private static String key(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof AppException ae) {
                return ae.key();
            }
        }
        return null;
    }


    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last passphrase tried did not open the package (the file itself is sound). */
    public ReadOnlyBooleanProperty wrongPassphraseProperty() {
        return wrongPassphrase.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Who made the package, on which laptop, when, and how many evidence files it brings. */
    public ReadOnlyStringProperty sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
    }

    /** The counts of the preview, then of what the import did. */
    public ReadOnlyObjectProperty<MergeCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }
}
