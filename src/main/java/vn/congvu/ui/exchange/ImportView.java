package vn.congvu.ui.exchange;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import vn.congvu.exchange.MergeCounts;
import vn.congvu.ui.Place;
import vn.congvu.ui.UiContext;

import java.util.function.ToIntFunction;

/** The content of the import wizard; {@link ExchangeActions} puts it in a dialog with Apply and Close. */
public final class ImportView {

    private final UiContext ctx;
    private final ImportViewModel vm;
    private Runnable imported = () -> { };
    private Runnable close = () -> { };

    @FXML private VBox root;
    @FXML private Label importFile;
    @FXML private Button importChoose;
    @FXML private VBox importPassphraseBox;
    @FXML private PasswordField importPassphrase;
    @FXML private Button importUnlock;
    @FXML private Label importError;
    @FXML private VBox importPreviewBox;
    @FXML private Label importSource;
    @FXML private Label importCountsTitle;
    @FXML private Label importNew;
    @FXML private Label importUpdated;
    @FXML private Label importUnchanged;
    @FXML private Label importConflicting;
    @FXML private Label importDeleted;
    @FXML private Label importNote;
    @FXML private VBox importProgressBox;
    @FXML private Label importProgressText;
    @FXML private ProgressBar importProgress;
    @FXML private Button importCancel;
    @FXML private VBox importResultBox;
    @FXML private Label importResult;
    @FXML private Button importShowConflicts;

    public ImportView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new ImportViewModel(ctx, () -> imported.run());
    }

    @FXML
    private void initialize() {
        importFile.textProperty().bind(Bindings.createStringBinding(() -> vm.fileProperty().get() == null
                ? ctx.messages().get("ui.exchange.import.noFile") : vm.fileProperty().get().toString(), vm.fileProperty()));
        importChoose.setOnAction(e -> vm.chooseFile());
        importChoose.disableProperty().bind(vm.busyProperty());
        importPassphraseBox.visibleProperty().bind(vm.stepProperty().isEqualTo(ImportViewModel.Step.PASSPHRASE));
        importPassphraseBox.managedProperty().bind(importPassphraseBox.visibleProperty());
        importPassphrase.textProperty().bindBidirectional(vm.passphraseProperty());
        importPassphrase.disableProperty().bind(vm.busyProperty());
        importUnlock.setOnAction(e -> vm.unlock());
        importUnlock.disableProperty().bind(vm.busyProperty());
        vm.stepProperty().addListener((o, a, s) -> {
            if (s == ImportViewModel.Step.PASSPHRASE) {
                javafx.application.Platform.runLater(() -> {
                    importPassphrase.requestFocus();
                    importPassphrase.selectAll();
                });
            }
        });
        show(importError, vm.errorProperty());
        importPreviewBox.visibleProperty().bind(vm.countsProperty().isNotNull());
        importPreviewBox.managedProperty().bind(importPreviewBox.visibleProperty());
        importSource.textProperty().bind(vm.sourceTextProperty());
        importCountsTitle.textProperty().bind(Bindings.createStringBinding(() -> ctx.messages().get(
                vm.resultProperty().get() == null ? "ui.exchange.import.previewTitle" : "ui.exchange.import.doneTitle"),
                vm.resultProperty()));
        count(importNew, MergeCounts::added);
        count(importUpdated, MergeCounts::updated);
        count(importUnchanged, MergeCounts::unchanged);
        count(importConflicting, MergeCounts::conflicting);
        count(importDeleted, MergeCounts::deleted);
        importNote.textProperty().bind(Bindings.createStringBinding(() -> {
            var p = vm.previewProperty().get();
            if (p == null || vm.resultProperty().get() != null) {
                return "";
            }
            if (p.alreadyImported()) {
                return ctx.messages().get("ui.exchange.import.alreadyImported");
            }
            return p.counts().changesSomething() ? ctx.messages().get("ui.exchange.import.nothingWrittenYet")
                    : ctx.messages().get("ui.exchange.import.nothingToChange");
        }, vm.previewProperty(), vm.resultProperty()));
        importProgressBox.visibleProperty().bind(vm.busyProperty());
        importProgressBox.managedProperty().bind(importProgressBox.visibleProperty());
        importProgressText.textProperty().bind(vm.progressTextProperty());
        importProgress.progressProperty().bind(vm.progressProperty());
        importCancel.setOnAction(e -> vm.cancel());
        importCancel.visibleProperty().bind(vm.stepProperty().isEqualTo(ImportViewModel.Step.APPLYING));
        importResult.textProperty().bind(Bindings.createStringBinding(() -> vm.resultTextProperty().get() == null ? ""
                : vm.resultTextProperty().get(), vm.resultTextProperty()));
        importResultBox.visibleProperty().bind(vm.resultTextProperty().isNotNull());
        importResultBox.managedProperty().bind(importResultBox.visibleProperty());
        importShowConflicts.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.resultProperty().get() != null
                && vm.resultProperty().get().counts().conflicting() > 0, vm.resultProperty()));
        importShowConflicts.setOnAction(e -> {
            close.run();
            ctx.navigator().show(new Place.Conflicts());
        });
    }

    private void count(Label label, ToIntFunction<MergeCounts> of) {
        label.textProperty().bind(Bindings.createStringBinding(() -> vm.countsProperty().get() == null ? ""
                : String.valueOf(of.applyAsInt(vm.countsProperty().get())), vm.countsProperty()));
    }

    private static void show(Label label, ReadOnlyStringProperty p) {
        label.textProperty().bind(Bindings.when(p.isNull()).then("").otherwise(p));
        label.visibleProperty().bind(p.isNotNull());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** @param imported told after a package was imported; @param close closes the dialog */
    void connect(Runnable imported, Runnable close) {
        this.imported = imported;
        this.close = close;
    }

    public Parent root() {
        return root;
    }

    public ImportViewModel viewModel() {
        return vm;
    }
}
