package vn.congvu.ui.visit;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.congvu.app.VisitService;
import vn.congvu.domain.text.TextFold;
import vn.congvu.ui.Place;
import vn.congvu.ui.UiContext;

import java.util.Arrays;
import java.util.Locale;

/** "Mở cuộc kiểm tra": the visits on this laptop, newest first, filtered by typing (diacritics optional). */
public final class OpenVisitDialog {

    private OpenVisitDialog() {
    }

    public static void show(UiContext ctx, Window owner) {
        Dialog<VisitService.VisitRow> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(ctx.messages().get("ui.visit.open.title"));
        dialog.setHeaderText(ctx.messages().get("ui.visit.open.title"));
        ObservableList<VisitService.VisitRow> all = FXCollections.observableArrayList();
        FilteredList<VisitService.VisitRow> shown = new FilteredList<>(all);
        TextField filter = new TextField();
        filter.setId("open-visit-filter");
        filter.setPromptText(ctx.messages().get("ui.visit.open.prompt"));
        ListView<VisitService.VisitRow> list = new ListView<>(shown);
        list.setId("open-visit-list");
        list.setPrefSize(560, 380);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(VisitService.VisitRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : line(ctx, r));
            }
        });
        Label count = new Label(ctx.messages().get("ui.shell.opening"));
        count.getStyleClass().add("text-muted");
        filter.textProperty().addListener((o, a, q) -> {
            String[] words = TextFold.fold(q == null ? "" : q).toLowerCase(Locale.ROOT).split("\\s+");
            shown.setPredicate(r -> {
                String text = TextFold.fold(line(ctx, r)).toLowerCase(Locale.ROOT);
                return Arrays.stream(words).allMatch(text::contains);
            });
            if (!shown.isEmpty()) {
                list.getSelectionModel().select(0);
            }
            count.setText(ctx.messages().get("ui.visit.open.count", shown.size()));
        });
        dialog.getDialogPane().setContent(new VBox(8, filter, list, count));
        ButtonType open = new ButtonType(ctx.messages().get("ui.visit.open.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ctx.messages().get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(open, cancel);
        Button openButton = (Button) dialog.getDialogPane().lookupButton(open);
        openButton.setId("open-visit-confirm");
        openButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == open ? list.getSelectionModel().getSelectedItem() : null);
        filter.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                e.consume();
                list.requestFocus();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !openButton.isDisabled()) {
                e.consume();
                openButton.fire();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openButton.fire();
            }
        });
        dialog.setOnShown(e -> filter.requestFocus());
        dialog.resultProperty().addListener((o, a, r) -> {
            if (r != null) {
                ctx.navigator().show(new Place.VisitPlace(r.id()));
            }
        });
        ctx.background().submit("visits", p -> ctx.workspace().visits().list(null), rows -> {
            all.setAll(rows);
            if (!shown.isEmpty()) {
                list.getSelectionModel().select(0);
            }
            count.setText(ctx.messages().get("ui.visit.open.count", shown.size()));
        }, failure -> count.setText(ctx.describe(failure)));
        dialog.show();
    }

    private static String line(UiContext ctx, VisitService.VisitRow r) {
        return ctx.messages().get("ui.visit.open.line", VisitText.date(r.date()), r.unitName(),
                ctx.messages().get("visit.status." + r.status().name()));
    }
}
