package vn.congvu.ui.visit;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
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
import java.util.function.Function;

/**
 * One criterion on screen: its code and text (and, for a failure, its severity) on the first line; the
 * verdict, the figures or the option and the note on the second; what is wrong with the input under them.
 * A row is made once per criterion of a checklist version and shows, in turn, the answer of each visit
 * opened ({@link #bind}), so opening another visit only rebinds values: no nodes are made and no CSS is
 * matched again. States are pseudo-classes for the same reason.
 */
final class CriterionRow extends VBox {

    private static final PseudoClass PASS = PseudoClass.getPseudoClass("pass");
    private static final PseudoClass FAIL = PseudoClass.getPseudoClass("fail");
    private static final PseudoClass NA = PseudoClass.getPseudoClass("na");

    /** Tooltips shared by all rows: a tooltip is a window, too costly to make once per control. */
    record Tips(Tooltip verdict, Tooltip photoRule, Tooltip severity) {
        static Tips of(Messages messages) {
            return new Tips(new Tooltip(messages.get("ui.visit.checklist.verdictTip")),
                    new Tooltip(messages.get("ui.visit.checklist.photoRule")),
                    new Tooltip(messages.get("ui.visit.checklist.severityTip")));
        }
    }

    private final Criterion criterion;
    private final VerdictField verdict;
    private final List<TextField> values = new ArrayList<>();
    private final ComboBox<String> choice;
    private final TextField note = new TextField();
    private final KeyChoiceField<Severity> severity;
    private final Label photoNeeded;
    private final Label error = new WrappedLabel();
    private final List<Runnable> unbinders = new ArrayList<>();
    /** What to attach to each entry shown; each returns how to detach it. */
    private final List<Function<CriterionEntry, Runnable>> entryListeners = new ArrayList<>();
    private CriterionEntry entry;

    CriterionRow(Criterion c, Messages messages, ValidationSupport validation, Tips tips) {
        this.criterion = c;
        String key = idPart(c.code());
        getStyleClass().add("criterion-row");
        setId("criterion-" + key);

        Label code = new Label(c.code());
        code.getStyleClass().add("criterion-code");
        code.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new WrappedLabel(c.text());
        text.getStyleClass().add("criterion-text");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        if (c.guidance() != null && !c.guidance().isBlank()) {
            Tooltip tip = new Tooltip(c.guidance());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            text.setTooltip(tip);
        }
        severity = new KeyChoiceField<>(List.of(Severity.values()),
                s -> messages.get("ui.visit.checklist.severity", severityName(messages, s)),
                s -> KeyChoiceField.Look.BAD, Map.of());
        severity.setNoneText(messages.get("ui.visit.checklist.severity", "—"));
        severity.setId("severity-" + key);
        severity.getStyleClass().add("severity");
        severity.setMaxWidth(Region.USE_PREF_SIZE);
        severity.setMinWidth(Region.USE_PREF_SIZE);
        severity.setTooltip(tips.severity());
        severity.managedProperty().bind(severity.visibleProperty());
        HBox line1 = new HBox(10, code, text, severity);
        line1.setAlignment(Pos.TOP_LEFT);
        if (c.photoRequiredOnFail()) {
            photoNeeded = new Label(messages.get("ui.visit.checklist.photoNeeded"));
            photoNeeded.getStyleClass().add("photo-needed");
            photoNeeded.setId("photo-needed-" + key);
            photoNeeded.managedProperty().bind(photoNeeded.visibleProperty());
            photoNeeded.setMinWidth(Region.USE_PREF_SIZE);
            FontIcon camera = new FontIcon("mdal-camera_alt");
            camera.getStyleClass().add("photo-rule");
            Label photoRule = new Label(null, camera);
            photoRule.setTooltip(tips.photoRule());
            line1.getChildren().addAll(photoNeeded, photoRule);
        } else {
            photoNeeded = null;
        }

        verdict = new VerdictField(messages);
        verdict.setId("verdict-" + key);
        Tooltip.install(verdict, tips.verdict());
        HBox line2 = new HBox(10, verdict);
        line2.setAlignment(Pos.BOTTOM_LEFT);
        line2.getStyleClass().add("criterion-inputs");
        int count = AnswerRules.valueCount(c);
        for (int i = 0; i < count; i++) {
            TextField field = new TextField();
            field.setId("value" + (i + 1) + "-" + key);
            field.getStyleClass().add("value-field");
            field.setPrefColumnCount(c.answerType() == AnswerType.PERCENT ? 5 : 4);
            field.setMaxWidth(Region.USE_PREF_SIZE);
            field.setPromptText(c.answerType() == AnswerType.PERCENT ? "%" : "0");
            commitOnLeave(field);
            Label label = new WrappedLabel(AnswerRules.valueLabel(c, i));
            label.getStyleClass().add("value-label");
            label.setLabelFor(field);
            label.setMaxWidth(130);
            label.setMinHeight(Region.USE_PREF_SIZE);
            VBox box = new VBox(2, label, field);
            box.setFillWidth(false);
            box.setMaxWidth(130);
            line2.getChildren().add(box);
            int index = i;
            register(validation, field, e -> index == 0 ? e.value1ErrorProperty() : e.value2ErrorProperty());
            values.add(field);
        }
        if (c.answerType() == AnswerType.CHOICE) {
            choice = new ComboBox<>();
            choice.setId("choice-" + key);
            choice.getItems().setAll(c.choices());
            choice.setPromptText(messages.get("ui.visit.checklist.choicePrompt"));
            choice.setButtonCell(numbered(c));
            choice.setCellFactory(v -> numbered(c));
            choice.setPrefWidth(220);
            choice.setMinWidth(160);
            choice.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                int d = KeyChoiceField.digit(e.getCode());
                if (d >= 0 && !e.isControlDown() && !e.isAltDown() && entry != null
                        && entry.choiceKey(String.valueOf(d))) {
                    e.consume();
                }
            });
            register(validation, choice, CriterionEntry::choiceErrorProperty);
            line2.getChildren().add(choice);
        } else {
            choice = null;
        }
        note.setId("note-" + key);
        note.setPromptText(messages.get("ui.visit.checklist.notePrompt"));
        note.setMinWidth(120);
        HBox.setHgrow(note, Priority.ALWAYS);
        commitOnLeave(note);
        line2.getChildren().add(note);

        error.getStyleClass().add("field-error");
        error.managedProperty().bind(error.visibleProperty());
        error.setId("error-" + key);
        getChildren().addAll(line1, line2, error);
    }

    /** Shows (and edits) the answer of another visit. */
    void bind(CriterionEntry e) {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        entry = e;
        twoWay(verdict.valueProperty(), e.resultProperty());
        for (int i = 0; i < values.size(); i++) {
            twoWay(values.get(i).textProperty(), i == 0 ? e.value1Property() : e.value2Property());
        }
        if (choice != null) {
            twoWay(choice.valueProperty(), e.choiceProperty());
        }
        twoWay(note.textProperty(), e.noteProperty());
        twoWay(severity.valueProperty(), e.severityProperty());
        oneWay(severity.visibleProperty(), e.resultProperty().isEqualTo(Result.FAIL));
        if (photoNeeded != null) {
            oneWay(photoNeeded.visibleProperty(), e.photoMissingProperty());
        }
        oneWay(error.textProperty(), Bindings.createStringBinding(() -> firstNonNull(e.value1ErrorProperty().get(),
                e.value2ErrorProperty().get(), e.choiceErrorProperty().get()), e.value1ErrorProperty(),
                e.value2ErrorProperty(), e.choiceErrorProperty()));
        oneWay(error.visibleProperty(), error.textProperty().isNotEmpty());
        for (Function<CriterionEntry, Runnable> attach : entryListeners) {
            unbinders.add(attach.apply(e));
        }
        InvalidationListener result = o -> showResult(e.resultProperty().get());
        e.resultProperty().addListener(result);
        unbinders.add(() -> e.resultProperty().removeListener(result));
        showResult(e.resultProperty().get());
    }

    private <T> void twoWay(javafx.beans.property.Property<T> control, javafx.beans.property.Property<T> model) {
        control.bindBidirectional(model);
        unbinders.add(() -> control.unbindBidirectional(model));
    }

    private <T> void oneWay(javafx.beans.property.Property<T> control, javafx.beans.value.ObservableValue<T> model) {
        control.bind(model);
        unbinders.add(control::unbind);
    }

    private void register(ValidationSupport validation, Control control,
                          Function<CriterionEntry, ReadOnlyStringProperty> errorOf) {
        validation.registerValidator(control, false, (ctl, value) -> {
            String message = entry == null ? null : errorOf.apply(entry).get();
            return ValidationResult.fromErrorIf(ctl, message, message != null);
        });
        // revalidate when the message of the entry shown changes, and when another entry is shown
        InvalidationListener revalidate = o -> validation.revalidate(control);
        entryListeners.add(e -> {
            ReadOnlyStringProperty p = errorOf.apply(e);
            p.addListener(revalidate);
            validation.revalidate(control);
            return () -> p.removeListener(revalidate);
        });
    }

    private void showResult(Result r) {
        pseudoClassStateChanged(PASS, r == Result.PASS);
        pseudoClassStateChanged(FAIL, r == Result.FAIL);
        pseudoClassStateChanged(NA, r == Result.NA);
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
            if (!is && entry != null) {
                entry.commit();
            }
        });
    }

    Criterion criterion() {
        return criterion;
    }

    CriterionEntry entry() {
        return entry;
    }

    /** The verdict, where typing starts on this criterion. */
    VerdictField firstStop() {
        return verdict;
    }

    VerdictField verdict() {
        return verdict;
    }
}
