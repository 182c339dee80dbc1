package vn.congvu.ui.recovery;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;

import java.util.function.Function;

/** The recovery screen (see {@link RecoveryViewModel}). */
public final class RecoveryView {

    private final RecoveryViewModel vm;

    @FXML private BorderPane root;
    @FXML private Label title;
    @FXML private Label explanation;
    @FXML private TableView<BackupRow> backups;
    @FXML private TableColumn<BackupRow, String> whenColumn;
    @FXML private TableColumn<BackupRow, String> kindColumn;
    @FXML private TableColumn<BackupRow, String> contentColumn;
    @FXML private TableColumn<BackupRow, String> stateColumn;
    @FXML private Label backupsHeading;
    @FXML private ProgressBar progress;
    @FXML private Label status;
    @FXML private Button restoreButton;
    @FXML private Button fileButton;
    @FXML private Button retryButton;
    @FXML private Button emptyButton;
    @FXML private Button closeButton;

    public RecoveryView(RecoveryViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(vm.titleProperty());
        explanation.textProperty().bind(vm.explanationProperty());
        column(whenColumn, BackupRow::when);
        column(kindColumn, BackupRow::kind);
        column(contentColumn, BackupRow::content);
        column(stateColumn, BackupRow::state);
        backups.setItems(vm.rows());
        backups.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BackupRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unreadable"),
                        item != null && !item.entry().readable());
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && backups.getSelectionModel().getSelectedItem() != b) {
                backups.getSelectionModel().select(b);
            }
        });
        backups.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        backups.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.restoreSelected();
            }
        });
        backups.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.restoreSelected();
            }
        });
        boolean restoring = vm.offersRestore();
        for (var n : java.util.List.of(backups, backupsHeading, restoreButton, fileButton)) {
            n.setVisible(restoring);
            n.setManaged(restoring);
        }
        retryButton.setVisible(vm.offersRetry());
        retryButton.setManaged(vm.offersRetry());
        emptyButton.setVisible(vm.offersStartEmpty());
        emptyButton.setManaged(vm.offersStartEmpty());
        closeButton.setText(vm.closeLabel());
        restoreButton.disableProperty().bind(vm.busyProperty().or(vm.selectedProperty().isNull()));
        fileButton.disableProperty().bind(vm.busyProperty());
        retryButton.disableProperty().bind(vm.busyProperty());
        emptyButton.disableProperty().bind(vm.busyProperty());
        closeButton.disableProperty().bind(vm.busyProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.progressProperty().bind(vm.progressProperty());
        status.textProperty().bind(vm.statusProperty());
        restoreButton.setDefaultButton(restoring);
    }

    private static void column(TableColumn<BackupRow, String> column, Function<BackupRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    public Parent root() {
        return root;
    }

    /** Lists the backups; call once the screen is shown. */
    public void shown() {
        vm.load();
        if (vm.offersRestore()) {
            backups.requestFocus();
        }
    }

    @FXML
    private void restoreSelected() {
        vm.restoreSelected();
    }

    @FXML
    private void restoreFromFile() {
        vm.restoreFromFile();
    }

    @FXML
    private void retry() {
        vm.retry();
    }

    @FXML
    private void startEmpty() {
        vm.startEmpty();
    }

    @FXML
    private void close() {
        vm.close();
    }
}
