package vn.congvu.ui.visit;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import vn.congvu.app.Messages;
import vn.congvu.domain.Result;

/**
 * The verdict on a criterion as three joined buttons (1 Đạt, 2 Không đạt, 3 Không áp dụng). The group takes
 * the focus as one stop, so Tab goes on to the figures and the note; the keys are handled by the checklist
 * row, the buttons serve the mouse.
 */
final class VerdictField extends HBox {

    private final ObjectProperty<Result> value = new SimpleObjectProperty<>(this, "value");
    private final ToggleButton pass;
    private final ToggleButton fail;
    private final ToggleButton na;

    VerdictField(Messages messages) {
        getStyleClass().add("verdict");
        setFocusTraversable(true);
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
        setMaxWidth(USE_PREF_SIZE);
        pass = button("1", messages.get("result.PASS"), Result.PASS, "left-pill", "pass");
        fail = button("2", messages.get("result.FAIL"), Result.FAIL, "center-pill", "fail");
        na = button("3", messages.get("result.NA"), Result.NA, "right-pill", "na");
        getChildren().addAll(pass, fail, na);
        value.addListener((o, a, b) -> showValue());
        Tooltip.install(this, new Tooltip(messages.get("ui.visit.checklist.verdictTip")));
    }

    private ToggleButton button(String key, String text, Result result, String pill, String style) {
        Label hint = new Label(key);
        hint.getStyleClass().add("key-hint");
        ToggleButton b = new ToggleButton(text, hint);
        b.getStyleClass().addAll(pill, style);
        b.setFocusTraversable(false);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> {
            value.set(b.isSelected() ? result : null);
            requestFocus();
        });
        return b;
    }

    private void showValue() {
        Result r = value.get();
        pass.setSelected(r == Result.PASS);
        fail.setSelected(r == Result.FAIL);
        na.setSelected(r == Result.NA);
    }

    ObjectProperty<Result> valueProperty() {
        return value;
    }
}
