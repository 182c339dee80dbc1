package vn.congvu.ui.common;

import java.time.Duration;

/** Runs an action on the UI thread after a delay; tests replace it with a manual clock. */
@FunctionalInterface
public interface Scheduler {

    /** A scheduled action that has not run yet can be cancelled. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    Cancellable schedule(Duration delay, Runnable action);
}
