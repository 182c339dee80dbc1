package vn.congvu.ui.exchange;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.congvu.app.exchange.ExchangeService;
import vn.congvu.app.exchange.ExportResult;
import vn.congvu.domain.Plan;
import vn.congvu.exchange.ExportScope;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Background;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * <i>Gửi gói dữ liệu</i>: what to send (a plan, the visit open now, or everything), optionally only what
 * changed since the last package sent to a named person, an optional passphrase typed twice, then the file;
 * the export runs in the background with progress and can be cancelled.
 */
public final class ExportViewModel {

    /** What the package holds. */
    public enum What {
        PLAN, VISIT, ALL
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UiContext ctx;
    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final ObjectProperty<What> what = new SimpleObjectProperty<>(this, "what", What.ALL);
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ReadOnlyStringWrapper visitId = new ReadOnlyStringWrapper(this, "visitId");
    private final ReadOnlyStringWrapper visitLabel = new ReadOnlyStringWrapper(this, "visitLabel");
    private final BooleanProperty onlyChanges = new SimpleBooleanProperty(this, "onlyChanges");
    private final StringProperty recipient = new SimpleStringProperty(this, "recipient", "");
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty passphraseAgain = new SimpleStringProperty(this, "passphraseAgain", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyObjectWrapper<ExportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText");
    private Background.Handle running;

    public ExportViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Reads the plans, and the visit open in the window ({@code currentVisitId}, or null), which is then
     * offered and preselected.
     */
    public void load(String currentVisitId) {
        visitId.set(currentVisitId);
        what.set(currentVisitId != null ? What.VISIT : What.ALL);
        ctx.background().submit("plans for export", p -> {
            List<Plan> list = ctx.workspace().plans().list().stream().map(s -> s.plan()).toList();
            String label = currentVisitId == null ? null : ctx.workspace().visits().list(null).stream()
                    .filter(v -> v.id().equals(currentVisitId)).findFirst()
                    .map(v -> v.unitName() + " – " + (v.date() == null ? "" : v.date().format(DAY))).orElse(currentVisitId);
            return java.util.Map.entry(list, java.util.Optional.ofNullable(label));
        }, loaded -> {
            plans.setAll(loaded.getKey());
            if (plan.get() == null && !loaded.getKey().isEmpty()) {
                plan.set(loaded.getKey().get(0));
            }
            visitLabel.set(loaded.getValue().orElse(null));
        }, failure -> error.set(ctx.describe(failure)));
    }

    /** The scope chosen, or null with {@link #errorProperty} saying what is missing. */
    ExportScope scope() {
        ExportScope scope = switch (what.get()) {
            case PLAN -> plan.get() == null ? null : ExportScope.plan(plan.get().id());
            case VISIT -> visitId.get() == null ? null : ExportScope.visits(List.of(visitId.get()));
            case ALL -> ExportScope.all();
        };
        if (scope == null) {
            error.set(ctx.messages().get(what.get() == What.PLAN ? "ui.exchange.export.noPlan"
                    : "ui.exchange.export.noVisit"));
            return null;
        }
        if (onlyChanges.get()) {
            if (recipient.get() == null || recipient.get().isBlank()) {
                error.set(ctx.messages().get("ui.exchange.export.recipientMissing"));
                return null;
            }
            scope = scope.sinceLastTo(recipient.get());
        }
        return scope;
    }

    /** Checks the choices, asks for the file, then exports. */
    public void chooseFileAndExport() {
        if (busy.get() || check() == null) {
            return;
        }
        String suggested = "congvu-goi-" + LocalDate.now(ctx.clock()) + ".congvu";
        ctx.dialogs().saveFile(ctx.messages().get("ui.exchange.export.title"), suggested,
                ctx.messages().get("ui.exchange.packageFilter"), "*.congvu").ifPresent(this::export);
    }

    private ExportScope check() {
        error.set(null);
        ExportScope scope = scope();
        if (scope == null) {
            return null;
        }
        if (!passphrase.get().equals(passphraseAgain.get())) {
            error.set(ctx.messages().get("ui.exchange.export.passphrasesDiffer"));
            return null;
        }
        return scope;
    }

    /** Exports to {@code file} (the file chooser has asked before replacing a file). */
    public void export(Path file) {
        ExportScope scope = check();
        if (scope == null || busy.get()) {
            return;
        }
        char[] secret = passphrase.get().toCharArray();
        result.set(null);
        resultText.set(null);
        busy.set(true);
        progress.set(-1);
        progressText.set(ctx.messages().get("ui.exchange.export.running"));
        ctx.autosaver().flushAll();
        running = ctx.background().submit("export package to " + file, p -> {
            try {
                return ctx.workspace().exchange().export(new ExchangeService.ExportRequest(file, scope, secret, true),
                        (phase, done, total) -> p.update(done, total, ctx.messages().get("ui.exchange.phase." + phase.name())),
                        p::isCancelled);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, (fraction, text) -> {
            progress.set(fraction);
            if (text != null && !text.isEmpty()) {
                progressText.set(text);
            }
        }, done -> {
            finish();
            result.set(done);
            int records = done.counts().values().stream().mapToInt(Integer::intValue).sum();
            resultText.set(ctx.messages().get(done.encrypted() ? "ui.exchange.export.doneEncrypted"
                    : "ui.exchange.export.done", done.file().toString(), records, done.evidenceFiles()));
        }, failure -> {
            finish();
            error.set(ctx.describe(failure));
        });
    }

    /** Stops the export under way; no package is left behind. */
    public void cancel() {
        if (running != null && busy.get()) {
            running.cancel();
            finish();
            progressText.set(ctx.messages().get("ui.exchange.cancelled"));
        }
    }

    private void finish() {
        busy.set(false);
        progress.set(0);
        progressText.set("");
        running = null;
    }

    public ObservableList<Plan> plans() {
        return plans;
    }

    public ObjectProperty<What> whatProperty() {
        return what;
    }

    public ObjectProperty<Plan> planProperty() {
        return plan;
    }

    public ReadOnlyStringProperty visitIdProperty() {
        return visitId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty visitLabelProperty() {
        return visitLabel.getReadOnlyProperty();
    }

    public BooleanProperty onlyChangesProperty() {
        return onlyChanges;
    }

    public StringProperty recipientProperty() {
        return recipient;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty passphraseAgainProperty() {
        return passphraseAgain;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
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

    public ReadOnlyObjectProperty<ExportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }
}
