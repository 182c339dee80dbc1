package vn.congvu.ui.common;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.LocalTime;

/**
 * What the status bar says about saving: when the last save finished, how many are waiting, and the
 * last failure (cleared by the next success). Changed on the UI thread only.
 */
public final class SaveStatus {

    private final ReadOnlyObjectWrapper<LocalTime> lastSaved = new ReadOnlyObjectWrapper<>(this, "lastSaved");
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pending");
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>(this, "failure");

    public ReadOnlyObjectProperty<LocalTime> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    void started() {
        pending.set(pending.get() + 1);
    }

    void succeeded(LocalTime at) {
        pending.set(Math.max(0, pending.get() - 1));
        lastSaved.set(at);
        failure.set(null);
    }

    void failed(String message) {
        pending.set(Math.max(0, pending.get() - 1));
        failure.set(message);
    }
}
