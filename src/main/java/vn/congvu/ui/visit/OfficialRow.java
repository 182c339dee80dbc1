package vn.congvu.ui.visit;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.congvu.app.Messages;
import vn.congvu.domain.Attitude;

import java.util.List;
import java.util.Map;

/** One official on duty as a row of editable cells; a row with a violation is highlighted. */
final class OfficialRow extends VBox {

    /**
     * Column widths shared with the header row; a negative width is the minimum of a column that takes a
     * share of the room left (name, position, note).
     */
    static final double[] WIDTHS = {28, -150, -120, 72, 84, 84, 104, -100, 30};

    private final OfficialEntry entry;
    private final TextField name = new TextField();
    private final Label number = new Label();

    OfficialRow(OfficialEntry entry, Messages messages, ValidationSupport validation, Runnable onDelete) {
        this.entry = entry;
        getStyleClass().add("official-row");
        number.getStyleClass().add("row-number");
        name.textProperty().bindBidirectional(entry.fullNameProperty());
        name.setPromptText(messages.get("ui.visit.officials.namePrompt"));
        TextField position = new TextField();
        position.textProperty().bindBidirectional(entry.positionProperty());
        position.setPromptText(messages.get("ui.visit.officials.positionPrompt"));
        KeyChoiceField<Boolean> badge = yesNo(messages, entry.badgeWornProperty());
        KeyChoiceField<Boolean> dress = yesNo(messages, entry.dressOkProperty());
        KeyChoiceField<Boolean> present = yesNo(messages, entry.presentAtPostProperty());
        KeyChoiceField<Attitude> attitude = new KeyChoiceField<>(List.of(Attitude.values()),
                a -> attitudeName(messages, a), a -> a == Attitude.POOR ? "choice-bad" : "choice-good", Map.of());
        attitude.valueProperty().bindBidirectional(entry.attitudeProperty());
        attitude.setTooltip(new Tooltip(messages.get("ui.visit.officials.attitudeTip")));
        TextField note = new TextField();
        note.textProperty().bindBidirectional(entry.noteProperty());
        note.setPromptText(messages.get("ui.visit.checklist.notePrompt"));
        Button delete = new Button(null, new FontIcon("mdal-delete_outline"));
        delete.getStyleClass().addAll("flat", "button-icon", "row-delete");
        delete.setFocusTraversable(false);
        delete.setTooltip(new Tooltip(messages.get("ui.visit.officials.deleteTip")));
        delete.setOnAction(e -> onDelete.run());

        HBox cells = new HBox(6, number, name, position, badge, dress, present, attitude, note, delete);
        cells.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.Node[] nodes = {number, name, position, badge, dress, present, attitude, note, delete};
        for (int i = 0; i < nodes.length; i++) {
            size((javafx.scene.layout.Region) nodes[i], WIDTHS[i]);
        }
        for (TextField f : new TextField[] {name, position, note}) {
            f.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    entry.commit();
                }
            });
        }
        CriterionRow.showError(validation, name, entry.nameErrorProperty());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(Bindings.when(entry.nameErrorProperty().isNull()).then("")
                .otherwise(entry.nameErrorProperty()));
        error.visibleProperty().bind(entry.nameErrorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(cells, error);

        entry.violationProperty().addListener((o, a, b) -> showViolation(b));
        showViolation(entry.violationProperty().get());
    }

    /** Gives a cell (or its header) the width of its column. */
    static void size(javafx.scene.layout.Region r, double width) {
        if (width > 0) {
            r.setMinWidth(width);
            r.setPrefWidth(width);
            r.setMaxWidth(width);
        } else {
            r.setMinWidth(-width);
            r.setPrefWidth(-width);
            r.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(r, Priority.ALWAYS);
        }
    }

    private static KeyChoiceField<Boolean> yesNo(Messages messages, javafx.beans.property.ObjectProperty<Boolean> p) {
        KeyChoiceField<Boolean> f = new KeyChoiceField<>(List.of(Boolean.TRUE, Boolean.FALSE),
                b -> messages.get(b ? "ui.visit.yes" : "ui.visit.no"), b -> b ? "choice-good" : "choice-bad",
                Map.of(KeyCode.C, Boolean.TRUE, KeyCode.K, Boolean.FALSE));
        f.valueProperty().bindBidirectional(p);
        f.setTooltip(new Tooltip(messages.get("ui.visit.officials.yesNoTip")));
        return f;
    }

    static String attitudeName(Messages messages, Attitude a) {
        return switch (a) {
            case GOOD -> messages.get("ui.visit.attitude.good");
            case ACCEPTABLE -> messages.get("ui.visit.attitude.acceptable");
            case POOR -> messages.get("ui.visit.attitude.poor");
        };
    }

    private void showViolation(boolean violation) {
        getStyleClass().remove("violation");
        if (violation) {
            getStyleClass().add("violation");
        }
    }

    void setNumber(int n) {
        number.setText(String.valueOf(n));
        setId("official-" + n);
        name.setId("official-name-" + n);
    }

    OfficialEntry entry() {
        return entry;
    }

    void focusName() {
        name.requestFocus();
    }
}
