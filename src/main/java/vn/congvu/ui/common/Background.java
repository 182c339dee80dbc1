package vn.congvu.ui.common;

import java.util.function.Consumer;

/**
 * Runs work that touches the disk, the database or POI off the JavaFX thread and hands the outcome back
 * on it. View models depend on this interface only, so tests run them with an inline implementation and
 * no FX thread.
 */
public interface Background {

    /** Work that may report progress and notice cancellation. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What long work tells the UI while it runs. */
    interface Progress {
        /** {@code done} of {@code total}; the listener hears it on the UI thread. */
        void update(double done, double total, String message);

        boolean isCancelled();
    }

    /** Hears progress on the UI thread: a fraction 0–1 (negative when unknown) and a message. */
    @FunctionalInterface
    interface ProgressListener {
        void progress(double fraction, String message);
    }

    /** A submitted piece of work. */
    interface Handle {
        void cancel();

        boolean isDone();
    }

    /**
     * Runs {@code work} in the background. Exactly one of {@code onSuccess} and {@code onFailure} is then
     * called on the UI thread, unless the work was cancelled first.
     */
    <T> Handle submit(String name, Work<T> work, ProgressListener listener, Consumer<T> onSuccess,
                      Consumer<Throwable> onFailure);

    default <T> Handle submit(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(name, work, null, onSuccess, onFailure);
    }

    /**
     * Runs a save. Saves run one at a time in the order they were submitted, so two saves of the same
     * record can never overtake each other.
     */
    <T> Handle save(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread, later. */
    void onUiThread(Runnable action);
}
