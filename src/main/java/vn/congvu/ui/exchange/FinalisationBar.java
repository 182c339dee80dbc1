package vn.congvu.ui.exchange;

import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.congvu.app.exchange.VisitVersion;
import vn.congvu.app.visit.VisitRecord;
import vn.congvu.ui.Place;
import vn.congvu.ui.UiContext;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The finalisation controls of the visit header: the short hash once finalised, <i>Chốt biên bản</i>,
 * <i>Mở lại…</i> (asks for the reason) and <i>Các phiên bản…</i> (earlier versions, readable).
 * The workspace gives it a box in its header and tells it which visit it shows.
 */
public final class FinalisationBar {

    public static final KeyCombination FINALISE = KeyCombination.keyCombination("Shortcut+Shift+L");
    public static final KeyCombination REOPEN = KeyCombination.keyCombination("Shortcut+Shift+R");
    public static final KeyCombination VERSIONS = KeyCombination.keyCombination("Shortcut+Shift+H");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final UiContext ctx;
    private final FinalisationViewModel vm;
    private final Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
    private final HBox box;

    /** @param reload opens the visit again in the workspace, so that its tabs follow the new status */
    public FinalisationBar(UiContext ctx, HBox box, Consumer<String> reload) {
        this.ctx = ctx;
        this.vm = new FinalisationViewModel(ctx, reload);
        this.box = box;
        Label hash = new Label();
        hash.setId("visitHash");
        hash.getStyleClass().add("visit-hash");
        hash.setGraphic(new FontIcon("mdal-lock"));
        hash.textProperty().bind(Bindings.createStringBinding(() -> vm.shortHashProperty().get() == null ? ""
                : ctx.messages().get("ui.finalise.hash", vm.shortHashProperty().get()), vm.shortHashProperty()));
        hash.visibleProperty().bind(vm.finalisedProperty());
        hash.managedProperty().bind(hash.visibleProperty());
        hash.setTooltip(new Tooltip(ctx.messages().get("ui.finalise.hashTip")));
        hash.setMinWidth(Region.USE_PREF_SIZE);

        Button finalise = button("finaliseButton", "ui.finalise.button", "ui.finalise.buttonTip", "mdal-lock", FINALISE, vm::finalise);
        finalise.getStyleClass().add("accent");
        finalise.visibleProperty().bind(vm.finalisedProperty().not().and(vm.visitIdProperty().isNotNull()));
        finalise.managedProperty().bind(finalise.visibleProperty());
        Button reopen = button("reopenButton", "ui.reopen.button", "ui.reopen.buttonTip", "mdal-lock_open", REOPEN, this::askReopen);
        reopen.visibleProperty().bind(vm.finalisedProperty());
        reopen.managedProperty().bind(reopen.visibleProperty());
        Button versions = button("versionsButton", "ui.versions.button", "ui.versions.buttonTip", "mdal-history", VERSIONS, this::showVersions);
        versions.disableProperty().bind(vm.visitIdProperty().isNull());
        finalise.disableProperty().bind(vm.busyProperty());
        reopen.disableProperty().bind(vm.busyProperty());
        box.getChildren().addAll(hash, finalise, reopen, versions);
        box.setSpacing(8);
    }

    private Button button(String id, String key, String tipKey, String icon, KeyCombination shortcut, Runnable action) {
        Button b = new Button(ctx.messages().get(key), new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        b.setTooltip(new Tooltip(ctx.messages().get(tipKey) + "  (" + shortcut.getDisplayText() + ")"));
        shortcuts.put(shortcut, () -> {
            if (b.isVisible() && !b.isDisabled()) {
                action.run();
            }
        });
        return b;
    }

    public FinalisationViewModel viewModel() {
        return vm;
    }

    /** The visit shown changed, or was opened again. */
    public void show(VisitRecord r) {
        vm.show(r);
    }

    /** Keys for the workspace's accelerators. */
    public Map<KeyCombination, Runnable> shortcuts() {
        return shortcuts;
    }

    private void askReopen() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(ctx.messages().get("ui.reopen.title"));
        dialog.setHeaderText(ctx.messages().get("ui.reopen.header"));
        owner(dialog);
        TextArea reason = new TextArea();
        reason.setId("reopenReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(ctx.messages().get("ui.reopen.reasonPrompt"));
        Label error = new Label();
        error.setId("reopenReasonError");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(Bindings.createStringBinding(() -> vm.reasonErrorProperty().get() == null ? ""
                : vm.reasonErrorProperty().get(), vm.reasonErrorProperty()));
        Label label = new Label(ctx.messages().get("ui.reopen.reason"));
        label.setLabelFor(reason);
        VBox content = new VBox(8, label, reason, error);
        content.setPadding(new Insets(4));
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(ctx.messages().get("ui.reopen.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ctx.messages().get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("reopenConfirm");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.reopen(reason.getText())) {
                e.consume();
                reason.requestFocus();
            }
        });
        vm.clearReasonError();
        dialog.setOnShown(e -> reason.requestFocus());
        dialog.show();
    }

    private void showVersions() {
        vm.loadVersions();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(ctx.messages().get("ui.versions.title"));
        dialog.setHeaderText(ctx.messages().get("ui.versions.header"));
        dialog.setResizable(true);
        owner(dialog);
        ZoneId zone = ctx.clock().getZone();
        ListView<VisitVersion> list = new ListView<>(vm.versions());
        list.setId("versionsList");
        list.setPlaceholder(new Label(ctx.messages().get("ui.versions.none")));
        list.setCellFactory(l -> new ListCell<>() {
            private final Label text = new Label();

            {
                text.maxWidthProperty().bind(list.widthProperty().subtract(30));
            }

            @Override
            protected void updateItem(VisitVersion v, boolean empty) {
                super.updateItem(v, empty);
                setText(null);
                if (empty || v == null) {
                    setGraphic(null);
                    return;
                }
                String text = ctx.messages().get("ui.versions.line", v.versionNo(), WHEN.format(v.finalisedAt().atZone(zone)),
                        v.finalisedBy(), v.shortHash());
                if (v.reopenedAt() != null) {
                    text += "\n" + ctx.messages().get("ui.versions.reopened", WHEN.format(v.reopenedAt().atZone(zone)),
                            v.reopenedBy(), v.reopenReason());
                } else {
                    text += "\n" + ctx.messages().get("ui.versions.current");
                }
                this.text.setText(text);
                setGraphic(this.text);
            }
        });
        TextArea content = new TextArea();
        content.setId("versionContent");
        content.setEditable(false);
        content.setWrapText(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> content.setText(v == null ? ""
                : ctx.messages().get("ui.versions.fullHash", v.hash()) + (v.reopenedAt() == null ? ""
                : "\n" + ctx.messages().get("ui.versions.reopened", WHEN.format(v.reopenedAt().atZone(zone)),
                v.reopenedBy(), v.reopenReason())) + "\n\n" + VersionText.of(ctx.messages(), v.content())));
        vm.versions().addListener((javafx.collections.ListChangeListener<VisitVersion>) c -> {
            if (list.getSelectionModel().isEmpty() && !vm.versions().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        if (!vm.versions().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        SplitPane split = new SplitPane(list, content);
        split.setDividerPositions(0.38);
        dialog.getDialogPane().setContent(split);
        dialog.getDialogPane().setPrefSize(980, 620);
        ButtonType close = new ButtonType(ctx.messages().get("ui.versions.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType audit = new ButtonType(ctx.messages().get("ui.versions.audit"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().setAll(audit, close);
        Button auditButton = (Button) dialog.getDialogPane().lookupButton(audit);
        auditButton.setId("versionsAudit");
        String visitId = vm.visitIdProperty().get();
        auditButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            dialog.close();
            ctx.navigator().show(new Place.Audit(visitId));
        });
        dialog.setOnShown(e -> list.requestFocus());
        dialog.show();
    }

    private void owner(Dialog<?> dialog) {
        if (box.getScene() != null) {
            dialog.initOwner(box.getScene().getWindow());
        }
    }
}
