package vn.congvu.ui.visit;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import vn.congvu.ui.Place;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.ViewLoader;

/**
 * "Bắt đầu kiểm tra đột xuất": the dialog that starts a visit and, once the visit is durably saved, opens
 * its workspace. Other screens (the start screen's big button, a plan) call {@link #show}.
 */
public final class StartVisitDialog {

    /** Ctrl+Enter (Cmd+Enter on a Mac) starts the visit from anywhere in the dialog. */
    public static final KeyCombination CONFIRM = KeyCombination.keyCombination("Shortcut+Enter");

    private final Dialog<Void> dialog = new Dialog<>();
    private final StartVisitView view;

    private StartVisitDialog(UiContext ctx, Window owner, String presetPlanId) {
        view = new ViewLoader(ctx.messages().bundle(), ctx).load(StartVisitView.class).view();
        StartVisitViewModel vm = view.viewModel();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(ctx.messages().get("ui.visit.start.title"));
        dialog.setHeaderText(ctx.messages().get("ui.visit.start.header", keyText(CONFIRM)));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().setId("start-visit-dialog");
        dialog.getDialogPane().setPrefSize(1000, 640);
        dialog.getDialogPane().setMinSize(860, 520);
        ButtonType start = new ButtonType(ctx.messages().get("ui.visit.start.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ctx.messages().get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(start, cancel);
        Button startButton = (Button) dialog.getDialogPane().lookupButton(start);
        startButton.setId("start-confirm");
        // Enter moves between fields here; starting is a deliberate Ctrl+Enter or a click
        startButton.setDefaultButton(false);
        startButton.setTooltip(new Tooltip(ctx.messages().get("ui.visit.start.confirmTip", keyText(CONFIRM))));
        startButton.disableProperty().bind(vm.busyProperty());
        startButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.start(visit -> {
                dialog.close();
                ctx.navigator().show(new Place.VisitPlace(visit.id()));
            });
        });
        startButton.getStyleClass().add("accent");
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CONFIRM.match(e)) {
                e.consume();
                startButton.fire();
            }
        });
        dialog.setOnShown(e -> view.focusUnit());
        vm.load(presetPlanId);
    }

    /** "Ctrl+Enter" rather than JavaFX's "Ctrl+↵", which reads as a stray symbol. */
    static String keyText(KeyCombination key) {
        return key.getDisplayText().replace("↵", "Enter");
    }

    /**
     * Opens the dialog (without waiting); {@code presetPlanId} preselects a plan, its team and units, or is
     * null. On confirmation the visit is saved and the window moves to its workspace.
     */
    public static void show(UiContext ctx, Window owner, String presetPlanId) {
        new StartVisitDialog(ctx, owner, presetPlanId).dialog.show();
    }
}
