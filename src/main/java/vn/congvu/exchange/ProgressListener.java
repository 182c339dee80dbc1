package vn.congvu.exchange;

/** Told how far a long export or import is; called on the worker's thread. */
@FunctionalInterface
public interface ProgressListener {

    enum Phase {
        CHECKING, COLLECTING, WRITING, COPYING_EVIDENCE, MERGING
    }

    void progress(Phase phase, long done, long total);

    ProgressListener NONE = (phase, done, total) -> {
    };
}
