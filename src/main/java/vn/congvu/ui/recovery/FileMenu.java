package vn.congvu.ui.recovery;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import vn.congvu.app.Messages;

import java.util.List;
import java.util.function.Supplier;

/** The File menu entries for backups, restore, the full check and the diagnostics, with a progress window. */
public final class FileMenu {

    private FileMenu() {
    }

    public static List<MenuItem> items(Messages messages, FileOperations ops, Runnable openRestore, Supplier<Window> owner) {
        MenuItem backup = new MenuItem(messages.get("ui.menu.backup"));
        backup.setId("menu-backup");
        backup.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+B"));
        backup.setOnAction(e -> ops.backupNow());
        MenuItem restore = new MenuItem(messages.get("ui.menu.restore"));
        restore.setId("menu-restore");
        restore.setOnAction(e -> openRestore.run());
        MenuItem check = new MenuItem(messages.get("ui.menu.check"));
        check.setId("menu-check");
        check.setOnAction(e -> ops.checkIntegrity());
        MenuItem diagnostics = new MenuItem(messages.get("ui.menu.diagnostics"));
        diagnostics.setId("menu-diagnostics");
        diagnostics.setOnAction(e -> ops.exportDiagnostics());
        for (MenuItem item : List.of(backup, restore, check, diagnostics)) {
            item.disableProperty().bind(ops.busyProperty());
        }
        progressWindow(messages, ops, owner);
        return List.of(backup, restore, new SeparatorMenuItem(), check, diagnostics);
    }

    /** A small window that shows while an operation runs, with a cancel button. */
    private static void progressWindow(Messages messages, FileOperations ops, Supplier<Window> owner) {
        Label text = new Label();
        text.textProperty().bind(ops.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        bar.progressProperty().bind(ops.progressProperty());
        Button cancel = new Button(messages.get("ui.dialog.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> ops.cancel());
        VBox box = new VBox(12, text, bar, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(18));
        Stage[] window = new Stage[1];
        ops.busyProperty().addListener((o, was, is) -> {
            if (is) {
                if (window[0] == null) {
                    window[0] = new Stage(StageStyle.UTILITY);
                    window[0].initOwner(owner.get());
                    window[0].initModality(Modality.WINDOW_MODAL);
                    window[0].setTitle(messages.get("app.title"));
                    window[0].setScene(new Scene(box));
                    window[0].setOnCloseRequest(e -> ops.cancel());
                }
                window[0].show();
            } else if (window[0] != null) {
                window[0].hide();
            }
        });
    }
}
