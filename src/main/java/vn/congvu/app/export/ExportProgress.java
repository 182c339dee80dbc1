package vn.congvu.app.export;

/**
 * What a long export tells its caller while it runs, and how the caller stops it. The desktop app adapts its
 * {@code Background.Progress} to this in one line; the command line passes {@link #NONE}.
 */
public interface ExportProgress {

    /** {@code done} of {@code total} units of {@code step}; called from the exporting thread. */
    void update(long done, long total, ExportStep step);

    /** Checked between steps (and between photos and sheets); when true the export stops and writes nothing. */
    boolean isCancelled();

    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(long done, long total, ExportStep step) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
