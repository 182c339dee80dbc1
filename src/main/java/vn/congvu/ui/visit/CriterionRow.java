package vn.congvu.ui.visit;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.congvu.app.Messages;
import vn.congvu.app.visit.AnswerRules;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Result;
import vn.congvu.domain.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One criterion on screen: its code and text on the first line; the verdict, the figures or the option, the
 * note and, for a failure, its severity on the second; what is wrong with the input under them. Knows its
 * focus stops; the checklist view moves between rows.
 */
final class CriterionRow extends VBox {

    private final CriterionEntry entry;
    private final VerdictField verdict;
    private final List<Node> stops = new ArrayList<>();

    CriterionRow(CriterionEntry entry, Messages messages, ValidationSupport validation) {
        this.entry = entry;
        Criterion c = entry.criterion();
        String key = idPart(c.code());
        getStyleClass().add("criterion-row");
        setId("criterion-" + key);

        Label code = new Label(c.code());
        code.getStyleClass().add("criterion-code");
        code.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(c.text());
        text.getStyleClass().add("criterion-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        if (c.guidance() != null && !c.guidance().isBlank()) {
            Tooltip tip = new Tooltip(c.guidance());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            text.setTooltip(tip);
        }
        HBox line1 = new HBox(10, code, text);
        line1.setAlignment(Pos.TOP_LEFT);
        if (c.photoRequiredOnFail()) {
            FontIcon camera = new FontIcon("mdal-camera_alt");
            camera.getStyleClass().add("photo-rule");
            Label photoRule = new Label(null, camera);
            photoRule.setTooltip(new Tooltip(messages.get("ui.visit.checklist.photoRule")));
            Label needed = new Label(messages.get("ui.visit.checklist.photoNeeded"));
            needed.getStyleClass().add("photo-needed");
            needed.setId("photo-needed-" + key);
            needed.visibleProperty().bind(entry.photoMissingProperty());
            needed.managedProperty().bind(needed.visibleProperty());
            needed.setMinWidth(Region.USE_PREF_SIZE);
            line1.getChildren().addAll(needed, photoRule);
        }

        verdict = new VerdictField(messages);
        verdict.setId("verdict-" + key);
        verdict.valueProperty().bindBidirectional(entry.resultProperty());
        stops.add(verdict);

        HBox line2 = new HBox(10, verdict);
        line2.setAlignment(Pos.BOTTOM_LEFT);
        line2.getStyleClass().add("criterion-inputs");
        for (int i = 0; i < entry.valueCount(); i++) {
            TextField field = new TextField();
            field.setId("value" + (i + 1) + "-" + key);
            field.getStyleClass().add("value-field");
            field.setPrefColumnCount(c.answerType() == AnswerType.PERCENT ? 5 : 4);
            field.setMaxWidth(Region.USE_PREF_SIZE);
            field.setPromptText(c.answerType() == AnswerType.PERCENT ? "%" : "0");
            field.textProperty().bindBidirectional(i == 0 ? entry.value1Property() : entry.value2Property());
            commitOnLeave(field);
            Label label = new Label(AnswerRules.valueLabel(c, i));
            label.getStyleClass().add("value-label");
            label.setWrapText(true);
            label.setLabelFor(field);
            label.setMaxWidth(170);
            VBox box = new VBox(2, label, field);
            box.setFillWidth(false);
            box.setMinWidth(Region.USE_PREF_SIZE);
            line2.getChildren().add(box);
            showError(validation, field, i == 0 ? entry.value1ErrorProperty() : entry.value2ErrorProperty());
            stops.add(field);
        }
        if (c.answerType() == AnswerType.CHOICE) {
            ComboBox<String> choice = new ComboBox<>();
            choice.setId("choice-" + key);
            choice.getItems().setAll(c.choices());
            choice.setPromptText(messages.get("ui.visit.checklist.choicePrompt"));
            choice.setButtonCell(numbered(c));
            choice.setCellFactory(v -> numbered(c));
            choice.valueProperty().bindBidirectional(entry.choiceProperty());
            choice.setPrefWidth(230);
            choice.setMinWidth(170);
            choice.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                int d = KeyChoiceField.digit(e.getCode());
                if (d >= 0 && !e.isControlDown() && !e.isAltDown() && entry.choiceKey(String.valueOf(d))) {
                    e.consume();
                }
            });
            showError(validation, choice, entry.choiceErrorProperty());
            line2.getChildren().add(choice);
            stops.add(choice);
        }
        TextField note = new TextField();
        note.setId("note-" + key);
        note.setPromptText(messages.get("ui.visit.checklist.notePrompt"));
        note.textProperty().bindBidirectional(entry.noteProperty());
        note.setMinWidth(140);
        HBox.setHgrow(note, Priority.ALWAYS);
        commitOnLeave(note);
        line2.getChildren().add(note);
        stops.add(note);

        KeyChoiceField<Severity> severity = new KeyChoiceField<>(List.of(Severity.values()),
                s -> messages.get("ui.visit.checklist.severity", severityName(messages, s)), s -> "choice-severity",
                Map.of());
        severity.setNoneText(messages.get("ui.visit.checklist.severity", "—"));
        severity.setId("severity-" + key);
        severity.setPrefWidth(190);
        severity.setMinWidth(Region.USE_PREF_SIZE);
        severity.valueProperty().bindBidirectional(entry.severityProperty());
        severity.setTooltip(new Tooltip(messages.get("ui.visit.checklist.severityTip")));
        severity.visibleProperty().bind(entry.resultProperty().isEqualTo(Result.FAIL));
        severity.managedProperty().bind(severity.visibleProperty());
        line2.getChildren().add(severity);
        stops.add(severity);

        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(() -> firstNonNull(entry.value1ErrorProperty().get(),
                entry.value2ErrorProperty().get(), entry.choiceErrorProperty().get()), entry.value1ErrorProperty(),
                entry.value2ErrorProperty(), entry.choiceErrorProperty()));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setId("error-" + key);

        getChildren().addAll(line1, line2, error);
        entry.resultProperty().addListener((o, a, b) -> showResult(b));
        showResult(entry.resultProperty().get());
    }

    private void showResult(Result r) {
        getStyleClass().removeAll("answered-pass", "answered-fail", "answered-na");
        if (r != null) {
            getStyleClass().add(switch (r) {
                case PASS -> "answered-pass";
                case FAIL -> "answered-fail";
                case NA -> "answered-na";
            });
        }
    }

    /** A criterion code as it can stand in a node id ("1.2" → "1-2": a dot would read as a style class). */
    static String idPart(String code) {
        return code.replace('.', '-');
    }

    static String severityName(Messages messages, Severity s) {
        return switch (s) {
            case MINOR -> messages.get("ui.visit.severity.minor");
            case MAJOR -> messages.get("ui.visit.severity.major");
            case CRITICAL -> messages.get("ui.visit.severity.critical");
        };
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return "";
    }

    private static ListCell<String> numbered(Criterion c) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (c.choices().indexOf(item) + 1) + ". " + item);
            }
        };
    }

    private void commitOnLeave(Control field) {
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                entry.commit();
            }
        });
    }

    static void showError(ValidationSupport validation, Control control, ReadOnlyStringProperty error) {
        validation.registerValidator(control, false,
                (ctl, value) -> ValidationResult.fromErrorIf(ctl, error.get(), error.get() != null));
        error.addListener((o, a, b) -> validation.revalidate(control));
    }

    CriterionEntry entry() {
        return entry;
    }

    /** The verdict, where typing starts on this criterion. */
    Node firstStop() {
        return verdict;
    }

    VerdictField verdict() {
        return verdict;
    }
}
