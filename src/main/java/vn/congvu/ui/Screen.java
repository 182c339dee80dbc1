package vn.congvu.ui;

import javafx.scene.Parent;
import javafx.scene.input.KeyCombination;

import java.util.Map;

/** One screen of the main window. */
public interface Screen {

    Parent root();

    /** The screen is being shown for {@code place}: load or refresh what it shows (in the background). */
    default void shown(Place place) {
    }

    /** The screen is being left: save what is pending. */
    default void hidden() {
    }

    /**
     * Keys for this screen's actions, active while it is shown. Accelerators rather than Alt mnemonics:
     * JavaFX can stay in mnemonic mode after Alt is released and swallow the letters typed next.
     */
    default Map<KeyCombination, Runnable> shortcuts() {
        return Map.of();
    }
}
