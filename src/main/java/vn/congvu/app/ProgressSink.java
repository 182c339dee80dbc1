package vn.congvu.app;

/**
 * Where long work of the app layer (a backup, a restore) tells how far it is, and hears whether it should
 * stop. The UI adapts its own progress to this; the command line passes {@link #NONE}.
 */
public interface ProgressSink {

    ProgressSink NONE = (done, total) -> { };

    /** {@code done} of {@code total} units (bytes, files); total 0 when unknown. */
    void update(long done, long total);

    default boolean isCancelled() {
        return false;
    }
}
