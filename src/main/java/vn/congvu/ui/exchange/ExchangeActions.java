package vn.congvu.ui.exchange;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import vn.congvu.ui.Place;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.ViewLoader;

import java.util.List;
import java.util.function.Supplier;

/**
 * The exchange between laptops as the main window offers it: <i>Gửi gói dữ liệu…</i> and <i>Nhận gói dữ
 * liệu…</i> in the File menu, and the count of open conflicts that the rail shows on <i>Xung đột</i>.
 */
public final class ExchangeActions {

    public static final KeyCombination EXPORT = KeyCombination.keyCombination("Shortcut+Shift+G");
    public static final KeyCombination IMPORT = KeyCombination.keyCombination("Shortcut+Shift+I");

    private final UiContext ctx;
    private final Supplier<Window> owner;
    private final Supplier<Place> currentPlace;
    private final ConflictCount conflicts;

    /** @param currentPlace where the window is (a visit open there is offered for export) */
    public ExchangeActions(UiContext ctx, Supplier<Window> owner, Supplier<Place> currentPlace) {
        this.ctx = ctx;
        this.owner = owner;
        this.currentPlace = currentPlace;
        this.conflicts = new ConflictCount(ctx);
    }

    public ConflictCount conflicts() {
        return conflicts;
    }

    public List<MenuItem> menuItems() {
        MenuItem export = new MenuItem(ctx.messages().get("ui.exchange.menu.export"));
        export.setId("menu-export-package");
        export.setAccelerator(EXPORT);
        export.setOnAction(e -> openExport());
        MenuItem imp = new MenuItem(ctx.messages().get("ui.exchange.menu.import"));
        imp.setId("menu-import-package");
        imp.setAccelerator(IMPORT);
        imp.setOnAction(e -> openImport(true));
        return List.of(export, imp);
    }

    /** The export dialog; the visit open in the window, if any, is offered and preselected. */
    public ExportView openExport() {
        ExportView view = new ViewLoader(ctx.messages().bundle(), ctx).load(ExportView.class).view();
        ExportViewModel vm = view.viewModel();
        Dialog<ButtonType> dialog = dialog("ui.exchange.export.title", "ui.exchange.export.header");
        dialog.getDialogPane().setId("export-dialog");
        dialog.getDialogPane().setContent(view.root());
        ButtonType send = new ButtonType(ctx.messages().get("ui.exchange.export.send"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(ctx.messages().get("ui.versions.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(send, close);
        Button sendButton = (Button) dialog.getDialogPane().lookupButton(send);
        sendButton.setId("exportSend");
        sendButton.disableProperty().bind(vm.busyProperty());
        sendButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.chooseFileAndExport();
        });
        dialog.setOnCloseRequest(e -> vm.cancel());
        fitWhenChanged(dialog, vm.errorProperty(), vm.busyProperty(), vm.resultTextProperty());
        Place place = currentPlace.get();
        vm.load(place instanceof Place.VisitPlace v ? v.visitId() : null);
        dialog.show();
        return view;
    }

    /** The import wizard; {@code chooseAtOnce} asks for the file as soon as it opens. */
    public ImportView openImport(boolean chooseAtOnce) {
        ImportView view = new ViewLoader(ctx.messages().bundle(), ctx).load(ImportView.class).view();
        ImportViewModel vm = view.viewModel();
        Dialog<ButtonType> dialog = dialog("ui.exchange.import.title", "ui.exchange.import.header");
        dialog.getDialogPane().setId("import-dialog");
        dialog.getDialogPane().setContent(view.root());
        ButtonType apply = new ButtonType(ctx.messages().get("ui.exchange.import.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(ctx.messages().get("ui.versions.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(apply, close);
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("importApply");
        applyButton.setDefaultButton(false);
        applyButton.setTooltip(new Tooltip(ctx.messages().get("ui.exchange.import.applyTip")));
        applyButton.disableProperty().bind(vm.stepProperty().isNotEqualTo(ImportViewModel.Step.PREVIEW)
                .or(vm.busyProperty()));
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.apply();
        });
        view.connect(conflicts::refresh, dialog::close);
        fitWhenChanged(dialog, vm.stepProperty(), vm.errorProperty(), vm.busyProperty(), vm.countsProperty(),
                vm.resultTextProperty());
        dialog.setOnCloseRequest(e -> vm.cancel());
        if (chooseAtOnce) {
            dialog.setOnShown(e -> javafx.application.Platform.runLater(vm::chooseFile));
        }
        dialog.show();
        return view;
    }

    /** Parts of the dialog show and hide as it goes: the window grows to keep its buttons in sight. */
    private static void fitWhenChanged(Dialog<?> dialog, javafx.beans.Observable... changes) {
        for (javafx.beans.Observable o : changes) {
            o.addListener(x -> javafx.application.Platform.runLater(() -> {
                Window w = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
                if (w != null && w.isShowing()) {
                    w.sizeToScene();
                }
            }));
        }
    }

    private Dialog<ButtonType> dialog(String titleKey, String headerKey) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Window w = owner.get();
        if (w != null && w.getScene() != null) {
            dialog.initOwner(w);
        }
        dialog.setTitle(ctx.messages().get(titleKey));
        dialog.setHeaderText(ctx.messages().get(headerKey));
        dialog.setResizable(true);
        return dialog;
    }
}
