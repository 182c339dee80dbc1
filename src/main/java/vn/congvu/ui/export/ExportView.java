package vn.congvu.ui.export;

import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.congvu.ui.export.ExportViewModel.State;

/**
 * The small window of one export: its progress and Cancel while it runs, then what was written with
 * "Mở tệp" and "Mở thư mục", or why nothing was. Esc cancels a running export, or closes the window after.
 */
public final class ExportView {

    private final ExportViewModel vm;

    @FXML private VBox root;
    @FXML private Label exportTitle;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportMessage;
    @FXML private Button exportOpenFile;
    @FXML private Button exportOpenFolder;
    @FXML private Button exportCancel;
    @FXML private Button exportClose;

    public ExportView(ExportViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(ExportView.class.getResource("Export.css").toExternalForm());
        exportTitle.textProperty().bind(vm.titleProperty());
        exportMessage.textProperty().bind(vm.messageProperty());
        exportProgress.progressProperty().bind(vm.progressProperty());
        BooleanBinding running = vm.stateProperty().isEqualTo(State.RUNNING);
        BooleanBinding done = vm.stateProperty().isEqualTo(State.DONE);
        show(exportProgress, running);
        show(exportCancel, running);
        show(exportClose, running.not());
        show(exportOpenFile, done);
        show(exportOpenFolder, done);
        exportMessage.pseudoClassStateChanged(FAILED, false);
        vm.stateProperty().addListener((o, a, b) -> {
            exportMessage.pseudoClassStateChanged(FAILED, b == State.FAILED);
            Button focus = b == State.DONE ? exportOpenFile : b == State.RUNNING ? exportCancel : exportClose;
            focus.requestFocus();
        });
        exportMessage.getStyleClass().add("export-message");
        exportOpenFile.setTooltip(new Tooltip(exportOpenFile.getText() + "  (Enter)"));
        exportCancel.setTooltip(new Tooltip(exportCancel.getText() + "  (Esc)"));
        exportClose.setTooltip(new Tooltip(exportClose.getText() + "  (Esc)"));
        exportOpenFile.setDefaultButton(true);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (vm.stateProperty().get() == State.RUNNING) {
                    vm.cancel();
                } else {
                    close();
                }
                e.consume();
            }
        });
    }

    private static final javafx.css.PseudoClass FAILED = javafx.css.PseudoClass.getPseudoClass("failed");

    private static void show(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void openFile() {
        vm.openFile();
    }

    @FXML
    private void openFolder() {
        vm.openFolder();
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }

    @FXML
    private void close() {
        Window w = root.getScene() == null ? null : root.getScene().getWindow();
        if (w != null) {
            w.hide();
        }
    }
}
