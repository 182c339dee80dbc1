package vn.congvu.ui.visit;

import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/**
 * One tab of the visit workspace (checklist, officials, dossiers, evidence, recommendations, sign-off).
 * The workspace loads the visit and hands each tab its id; a tab loads what it shows in the background
 * and saves its own edits through the autosaver.
 */
public interface VisitTab {

    /** The resource-bundle key of the tab's title. */
    String titleKey();

    Parent root();

    /** Shows the visit with this id (called again when another visit is opened). */
    void load(String visitId);

    /** A short text on the tab (e.g. "3/18" or a count), or null for none. */
    default ObservableValue<String> badge() {
        return null;
    }

    /** The tab is being left: save what is pending. */
    default void leave() {
    }

    /** Whether the visit is locked (finalised); tabs show their data read-only then. */
    default void setReadOnly(boolean readOnly) {
    }
}
