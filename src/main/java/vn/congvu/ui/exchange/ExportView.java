package vn.congvu.ui.exchange;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import vn.congvu.domain.Plan;
import vn.congvu.ui.UiContext;

/** The content of the export dialog; {@link ExchangeActions} puts it in a dialog with its buttons. */
public final class ExportView {

    private final UiContext ctx;
    private final ExportViewModel vm;

    @FXML private VBox root;
    @FXML private ToggleGroup whatGroup;
    @FXML private RadioButton exportPlanChoice;
    @FXML private ComboBox<Plan> exportPlan;
    @FXML private RadioButton exportVisitChoice;
    @FXML private RadioButton exportAllChoice;
    @FXML private CheckBox exportOnlyChanges;
    @FXML private TextField exportRecipient;
    @FXML private PasswordField exportPassphrase;
    @FXML private PasswordField exportPassphraseAgain;
    @FXML private Label exportError;
    @FXML private VBox exportProgressBox;
    @FXML private Label exportProgressText;
    @FXML private ProgressBar exportProgress;
    @FXML private Button exportCancel;
    @FXML private VBox exportResultBox;
    @FXML private Label exportResult;
    @FXML private Button exportShowFolder;

    public ExportView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new ExportViewModel(ctx);
    }

    @FXML
    private void initialize() {
        exportPlan.setItems(vm.plans());
        exportPlan.valueProperty().bindBidirectional(vm.planProperty());
        exportPlan.setCellFactory(l -> new PlanCell());
        exportPlan.setButtonCell(new PlanCell());
        exportPlan.disableProperty().bind(exportPlanChoice.selectedProperty().not());
        exportVisitChoice.textProperty().bind(Bindings.createStringBinding(() -> vm.visitLabelProperty().get() == null
                ? ctx.messages().get("ui.exchange.export.noVisitOpen")
                : ctx.messages().get("ui.exchange.export.visit", vm.visitLabelProperty().get()), vm.visitLabelProperty()));
        exportPlanChoice.setUserData(ExportViewModel.What.PLAN);
        exportVisitChoice.setUserData(ExportViewModel.What.VISIT);
        exportAllChoice.setUserData(ExportViewModel.What.ALL);
        whatGroup.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.whatProperty().set((ExportViewModel.What) t.getUserData());
            }
        });
        vm.whatProperty().addListener((o, a, w) -> select(w));
        select(vm.whatProperty().get());
        exportOnlyChanges.selectedProperty().bindBidirectional(vm.onlyChangesProperty());
        exportRecipient.textProperty().bindBidirectional(vm.recipientProperty());
        exportRecipient.disableProperty().bind(exportOnlyChanges.selectedProperty().not());
        exportPassphrase.textProperty().bindBidirectional(vm.passphraseProperty());
        exportPassphraseAgain.textProperty().bindBidirectional(vm.passphraseAgainProperty());
        show(exportError, vm.errorProperty());
        exportProgressBox.visibleProperty().bind(vm.busyProperty());
        exportProgressBox.managedProperty().bind(exportProgressBox.visibleProperty());
        exportProgressText.textProperty().bind(vm.progressTextProperty());
        exportProgress.progressProperty().bind(vm.progressProperty());
        exportCancel.setOnAction(e -> vm.cancel());
        exportCancel.setCancelButton(false);
        exportResult.textProperty().bind(Bindings.createStringBinding(() -> vm.resultTextProperty().get() == null ? ""
                : vm.resultTextProperty().get(), vm.resultTextProperty()));
        exportResultBox.visibleProperty().bind(vm.resultTextProperty().isNotNull());
        exportResultBox.managedProperty().bind(exportResultBox.visibleProperty());
        exportShowFolder.setOnAction(e -> {
            if (vm.resultProperty().get() != null) {
                ctx.dialogs().openWithDesktop(vm.resultProperty().get().file().getParent());
            }
        });
        for (var n : new javafx.scene.Node[] {exportPlanChoice, exportVisitChoice, exportAllChoice, exportOnlyChanges,
                exportPassphrase, exportPassphraseAgain}) {
            n.disableProperty().bind(vm.busyProperty().or(n == exportVisitChoice ? vm.visitIdProperty().isNull()
                    : Bindings.createBooleanBinding(() -> false)));
        }
    }

    private void select(ExportViewModel.What w) {
        whatGroup.getToggles().stream().filter(t -> t.getUserData() == w).findFirst()
                .ifPresent(whatGroup::selectToggle);
    }

    private static void show(Label label, ReadOnlyStringProperty p) {
        label.textProperty().bind(Bindings.when(p.isNull()).then("").otherwise(p));
        label.visibleProperty().bind(p.isNotNull());
        label.managedProperty().bind(label.visibleProperty());
    }

    public Parent root() {
        return root;
    }

    public ExportViewModel viewModel() {
        return vm;
    }

    private static final class PlanCell extends ListCell<Plan> {
        @Override
        protected void updateItem(Plan p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.number() + " – " + p.title());
        }
    }
}
