package vn.congvu.ui;

/** Moves the main window to a place; view models ask for it instead of knowing the window. */
@FunctionalInterface
public interface Navigator {
    void show(Place place);
}
