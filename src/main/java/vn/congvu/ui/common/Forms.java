package vn.congvu.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.util.function.Function;

/** Small pieces the visit tabs' forms share: keyboard behaviour, commits and field messages. */
public final class Forms {

    private Forms() {
    }

    /**
     * Tab leaves a text area instead of typing a tab character (text areas are for sentences here, and the
     * inspector moves through a form with Tab); Ctrl+Tab still does what it did.
     */
    public static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, false, false));
            }
        });
    }

    /**
     * Binds a field both ways to the view model's text, and commits it when Enter is pressed in it (text
     * fields) or when focus leaves it.
     */
    public static void bindText(TextInputControl field, StringProperty property, Runnable commit) {
        field.textProperty().bindBidirectional(property);
        commitOn(field, commit);
    }

    /** Commits a field when Enter is pressed in it (text fields) or when focus leaves it. */
    public static void commitOn(TextInputControl field, Runnable commit) {
        if (field instanceof TextField tf) {
            tf.setOnAction(e -> commit.run());
        }
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
    }

    /**
     * Shows {@code error} (null when there is none) at {@code control}: the ControlsFX decoration with the
     * message, and the theme's red border so that it is seen without hovering.
     */
    public static void showError(ValidationSupport validation, Control control, ReadOnlyStringProperty error) {
        validation.registerValidator(control, false,
                (c, value) -> ValidationResult.fromErrorIf(c, error.get(), error.get() != null));
        error.addListener((o, a, b) -> {
            validation.revalidate(control);
            control.pseudoClassStateChanged(DANGER, b != null);
        });
    }

    /** AtlantaFX's state for a field in error (Styles.STATE_DANGER). */
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    /**
     * A table cell whose text wraps to the column's width and makes the row as tall as it needs: a
     * recommendation is a sentence, cut off after a few words it says nothing. The text carries the style
     * class {@code cell-text}, so that row states (overdue, refused) can colour it.
     */
    public static <S> TableCell<S, String> wrapping(TableColumn<S, String> column) {
        return new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("cell-text");
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    text.setText(item);
                    setGraphic(text);
                }
            }
        };
    }

    /** Labels a combo box's values. */
    public static <T> void label(ComboBox<T> box, Function<T, String> label) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
    }
}
