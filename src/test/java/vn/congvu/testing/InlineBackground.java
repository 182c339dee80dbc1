package vn.congvu.testing;

import vn.congvu.ui.common.Background;

import java.util.function.Consumer;

/** Runs background work at once on the calling thread, so view models are tested without an FX thread. */
public final class InlineBackground implements Background {

    private int submitted;

    @Override
    public <T> Handle submit(String name, Work<T> work, ProgressListener listener, Consumer<T> onSuccess,
                             Consumer<Throwable> onFailure) {
        return run(work, listener, onSuccess, onFailure);
    }

    @Override
    public <T> Handle save(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(work, null, onSuccess, onFailure);
    }

    private <T> Handle run(Work<T> work, ProgressListener listener, Consumer<T> onSuccess,
                           Consumer<Throwable> onFailure) {
        submitted++;
        T result;
        try {
            result = work.run(new Progress() {
                @Override
                public void update(double done, double total, String message) {
                    if (listener != null) {
                        listener.progress(total > 0 ? done / total : -1, message);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Throwable t) {
            onFailure.accept(t);
            return done();
        }
        onSuccess.accept(result);
        return done();
    }

    private static Handle done() {
        return new Handle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    public int submitted() {
        return submitted;
    }
}
