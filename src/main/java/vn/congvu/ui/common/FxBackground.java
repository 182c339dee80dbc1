package vn.congvu.ui.common;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** {@link Background} on a small pool of daemon threads, results delivered with {@code Platform.runLater}. */
public final class FxBackground implements Background, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxBackground.class);

    private final ExecutorService pool;
    private final ExecutorService saves;
    /** Work submitted whose result has not yet been handed to the UI thread (or that was cancelled). */
    private final AtomicInteger inFlight = new AtomicInteger();

    public FxBackground() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(3, r -> daemon(r, "background-" + n.incrementAndGet()));
        this.saves = Executors.newSingleThreadExecutor(r -> daemon(r, "saves"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public <T> Handle submit(String name, Work<T> work, ProgressListener listener, Consumer<T> onSuccess,
                             Consumer<Throwable> onFailure) {
        return run(pool, name, work, listener, onSuccess, onFailure);
    }

    @Override
    public <T> Handle save(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(saves, name, work, null, onSuccess, onFailure);
    }

    private <T> Handle run(ExecutorService executor, String name, Work<T> work, ProgressListener listener,
                           Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        inFlight.incrementAndGet();
        Runnable done = () -> {
            if (finished.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        };
        Progress progress = new Progress() {
            @Override
            public void update(double done, double total, String message) {
                if (listener != null && !cancelled.get()) {
                    double fraction = total > 0 ? Math.min(1, done / total) : -1;
                    Platform.runLater(() -> listener.progress(fraction, message));
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        Future<?> future = executor.submit(() -> {
            try {
                T result = work.run(progress);
                if (!cancelled.get()) {
                    Platform.runLater(() -> {
                        try {
                            onSuccess.accept(result);
                        } finally {
                            done.run();
                        }
                    });
                } else {
                    done.run();
                }
            } catch (Throwable t) {
                LOG.warn("background work '{}' failed", name, t);
                if (!cancelled.get()) {
                    Platform.runLater(() -> {
                        try {
                            onFailure.accept(t);
                        } finally {
                            done.run();
                        }
                    });
                } else {
                    done.run();
                }
            }
        });
        return new Handle() {
            @Override
            public void cancel() {
                cancelled.set(true);
                future.cancel(false);
                done.run();
            }

            @Override
            public boolean isDone() {
                return future.isDone();
            }
        };
    }

    /**
     * How many pieces of work are submitted and not yet delivered to the UI thread: zero when every screen has
     * what it asked for (the screenshots tour waits for that).
     */
    public int inFlight() {
        return inFlight.get();
    }

    @Override
    public void onUiThread(Runnable action) {
        Platform.runLater(action);
    }

    /** Waits for the saves already submitted, so that closing the window loses nothing. */
    @Override
    public void close() {
        pool.shutdown();
        saves.shutdown();
        try {
            if (!saves.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.error("saves did not finish within 10 s of closing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
