package vn.congvu.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/** Shows a control's keyboard shortcut where people look for it: in its tooltip. */
public final class Shortcuts {

    private Shortcuts() {
    }

    public static void tooltip(Control control, String text, KeyCombination keys) {
        control.setTooltip(new Tooltip(text + "  (" + keys.getDisplayText() + ")"));
    }
}
