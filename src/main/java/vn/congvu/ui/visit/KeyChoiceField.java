package vn.congvu.ui.visit;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A small value picked with one key: the option's number (1, 2, …) or its letter, 0 or Delete for "not
 * observed"; Space or a click goes to the next option. Used for yes/no observations and the attitude of an
 * official, where a drop-down would cost a keystroke and a glance each time. How the value looks is a
 * pseudo-class ({@code :good}, {@code :bad}, {@code :none}), which restyles without re-matching the CSS.
 */
final class KeyChoiceField<T> extends Button {

    /** How a value is shown. */
    enum Look {
        GOOD, BAD, NEUTRAL
    }

    private static final PseudoClass GOOD = PseudoClass.getPseudoClass("good");
    private static final PseudoClass BAD = PseudoClass.getPseudoClass("bad");
    private static final PseudoClass NONE = PseudoClass.getPseudoClass("none");

    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private final List<T> options;
    private final Function<T, String> label;
    private final Function<T, Look> look;
    private final Map<KeyCode, T> letters;
    private String noneText = "—";

    KeyChoiceField(List<T> options, Function<T, String> label, Function<T, Look> look, Map<KeyCode, T> letters) {
        this.options = List.copyOf(options);
        this.label = label;
        this.look = look;
        this.letters = Map.copyOf(letters);
        getStyleClass().add("key-choice");
        setMnemonicParsing(false);
        setMaxWidth(Double.MAX_VALUE);
        setOnAction(e -> cycle());
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        value.addListener((o, a, b) -> show());
        show();
    }

    private void key(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        KeyCode code = e.getCode();
        int digit = digit(code);
        if (digit == 0 || code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            value.set(null);
            e.consume();
        } else if (digit > 0) {
            if (digit <= options.size()) {
                value.set(options.get(digit - 1));
            }
            e.consume();
        } else if (letters.containsKey(code)) {
            value.set(letters.get(code));
            e.consume();
        }
    }

    /** The digit of a key on the main row or the keypad, or -1. */
    static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return name.charAt(name.length() - 1) - '0';
        }
        return -1;
    }

    private void cycle() {
        int i = options.indexOf(value.get());
        value.set(i + 1 < options.size() ? options.get(i + 1) : null);
    }

    private void show() {
        T v = value.get();
        setText(v == null ? noneText : label.apply(v));
        Look l = v == null ? null : look.apply(v);
        pseudoClassStateChanged(NONE, v == null);
        pseudoClassStateChanged(GOOD, l == Look.GOOD);
        pseudoClassStateChanged(BAD, l == Look.BAD);
    }

    /** What the field says while nothing is picked ("—" unless told otherwise). */
    void setNoneText(String text) {
        noneText = text;
        show();
    }

    ObjectProperty<T> valueProperty() {
        return value;
    }
}
