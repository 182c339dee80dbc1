package vn.congvu.ui.visit;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.congvu.app.Messages;
import vn.congvu.domain.Attitude;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One official on duty as a row of editable cells; a row with a violation is highlighted. Rows are kept and
 * rebound to the officials of the next visit opened ({@link #bind}).
 */
final class OfficialRow extends VBox {

    /**
     * Column widths shared with the header row; a negative width is the minimum of a column that takes a
     * share of the room left (name, position, note).
     */
    static final double[] WIDTHS = {28, -140, -110, 72, 80, 80, 96, -90, 30};

    private static final PseudoClass VIOLATION = PseudoClass.getPseudoClass("violation");

    /** Tooltips shared by all rows (a tooltip is a window). */
    record Tips(Tooltip yesNo, Tooltip attitude, Tooltip delete) {
        static Tips of(Messages messages) {
            return new Tips(new Tooltip(messages.get("ui.visit.officials.yesNoTip")),
                    new Tooltip(messages.get("ui.visit.officials.attitudeTip")),
                    new Tooltip(messages.get("ui.visit.officials.deleteTip")));
        }
    }

    private final Label number = new Label();
    private final TextField name = new TextField();
    private final TextField position = new TextField();
    private final KeyChoiceField<Boolean> badge;
    private final KeyChoiceField<Boolean> dress;
    private final KeyChoiceField<Boolean> present;
    private final KeyChoiceField<Attitude> attitude;
    private final TextField note = new TextField();
    private final Label error = new Label();
    private final List<Runnable> unbinders = new ArrayList<>();
    private final InvalidationListener showViolation = o -> showViolation();
    private final InvalidationListener revalidate;
    private OfficialEntry entry;

    OfficialRow(Messages messages, ValidationSupport validation, Tips tips, Runnable onDelete) {
        getStyleClass().add("official-row");
        number.getStyleClass().add("row-number");
        name.setPromptText(messages.get("ui.visit.officials.namePrompt"));
        position.setPromptText(messages.get("ui.visit.officials.positionPrompt"));
        badge = yesNo(messages, tips);
        dress = yesNo(messages, tips);
        present = yesNo(messages, tips);
        attitude = new KeyChoiceField<>(List.of(Attitude.values()), a -> attitudeName(messages, a),
                a -> a == Attitude.POOR ? KeyChoiceField.Look.BAD : KeyChoiceField.Look.GOOD, Map.of());
        attitude.setTooltip(tips.attitude());
        note.setPromptText(messages.get("ui.visit.checklist.notePrompt"));
        Button delete = new Button(null, new FontIcon("mdal-delete_outline"));
        delete.getStyleClass().addAll("flat", "button-icon", "row-delete");
        delete.setFocusTraversable(false);
        delete.setTooltip(tips.delete());
        delete.setOnAction(e -> onDelete.run());

        Node[] cells = {number, name, position, badge, dress, present, attitude, note, delete};
        HBox line = new HBox(6, cells);
        line.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < cells.length; i++) {
            size((Region) cells[i], WIDTHS[i]);
        }
        for (TextField f : new TextField[] {name, position, note}) {
            f.focusedProperty().addListener((o, was, is) -> {
                if (!is && entry != null) {
                    entry.commit();
                }
            });
        }
        validation.registerValidator(name, false, (c, v) -> {
            String message = entry == null ? null : entry.nameErrorProperty().get();
            return ValidationResult.fromErrorIf(c, message, message != null);
        });
        revalidate = o -> validation.revalidate(name);
        error.getStyleClass().add("field-error");
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(line, error);
    }

    /** Shows (and edits) another official. */
    void bind(OfficialEntry e, int n) {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        entry = e;
        number.setText(String.valueOf(n));
        setId("official-" + n);
        name.setId("official-name-" + n);
        twoWay(name.textProperty(), e.fullNameProperty());
        twoWay(position.textProperty(), e.positionProperty());
        twoWay(badge.valueProperty(), e.badgeWornProperty());
        twoWay(dress.valueProperty(), e.dressOkProperty());
        twoWay(present.valueProperty(), e.presentAtPostProperty());
        twoWay(attitude.valueProperty(), e.attitudeProperty());
        twoWay(note.textProperty(), e.noteProperty());
        error.textProperty().bind(Bindings.when(e.nameErrorProperty().isNull()).then("")
                .otherwise(e.nameErrorProperty()));
        error.visibleProperty().bind(e.nameErrorProperty().isNotNull());
        unbinders.add(() -> {
            error.textProperty().unbind();
            error.visibleProperty().unbind();
        });
        e.violationProperty().addListener(showViolation);
        e.nameErrorProperty().addListener(revalidate);
        unbinders.add(() -> {
            e.violationProperty().removeListener(showViolation);
            e.nameErrorProperty().removeListener(revalidate);
        });
        showViolation();
        revalidate.invalidated(null);
    }

    private <T> void twoWay(Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        unbinders.add(() -> control.unbindBidirectional(model));
    }

    /** Gives a cell (or its header) the width of its column. */
    static void size(Region r, double width) {
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

    private static KeyChoiceField<Boolean> yesNo(Messages messages, Tips tips) {
        KeyChoiceField<Boolean> f = new KeyChoiceField<>(List.of(Boolean.TRUE, Boolean.FALSE),
                b -> messages.get(b ? "ui.visit.yes" : "ui.visit.no"),
                b -> b ? KeyChoiceField.Look.GOOD : KeyChoiceField.Look.BAD,
                Map.of(KeyCode.C, Boolean.TRUE, KeyCode.K, Boolean.FALSE));
        f.setTooltip(tips.yesNo());
        return f;
    }

    static String attitudeName(Messages messages, Attitude a) {
        return switch (a) {
            case GOOD -> messages.get("ui.visit.attitude.good");
            case ACCEPTABLE -> messages.get("ui.visit.attitude.acceptable");
            case POOR -> messages.get("ui.visit.attitude.poor");
        };
    }

    private void showViolation() {
        pseudoClassStateChanged(VIOLATION, entry != null && entry.violationProperty().get());
    }

    OfficialEntry entry() {
        return entry;
    }

    void focusName() {
        name.requestFocus();
    }
}
