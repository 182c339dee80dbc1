package vn.congvu.ui;

import javafx.scene.Parent;

/** One screen of the main window. */
public interface Screen {

    Parent root();

    /** The screen is being shown for {@code place}: load or refresh what it shows (in the background). */
    default void shown(Place place) {
    }

    /** The screen is being left: save what is pending. */
    default void hidden() {
    }
}
