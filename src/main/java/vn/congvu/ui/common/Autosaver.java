package vn.congvu.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Saves edits without a Save button: a field that changes is saved once typing has stopped for
 * {@link #IDLE}, and at once when the field is committed (Enter, Tab, focus lost) or the window closes.
 * Saves go through {@link Background#save}, one at a time in order. A save that fails keeps the edit
 * pending, says why in {@link SaveStatus}, and is tried again at the next change or commit: what the user
 * typed stays on screen and is never dropped. Used on the UI thread only.
 */
public final class Autosaver {

    public static final Duration IDLE = Duration.ofSeconds(1);

    /** One save: made on the UI thread from the current state, run in the background. */
    public record Job<T>(String name, Background.Work<T> work, Consumer<T> onSaved) {
    }

    private final Background background;
    private final Scheduler scheduler;
    private final SaveStatus status;
    private final Clock clock;
    private final Function<Throwable, String> describe;
    private final Map<Object, Pending> pending = new LinkedHashMap<>();

    private static final class Pending {
        Supplier<Job<?>> job;
        Scheduler.Cancellable timer;
    }

    public Autosaver(Background background, Scheduler scheduler, SaveStatus status, Clock clock,
                     Function<Throwable, String> describe) {
        this.background = background;
        this.scheduler = scheduler;
        this.status = status;
        this.clock = clock;
        this.describe = describe;
    }

    public SaveStatus status() {
        return status;
    }

    /**
     * Notes that what {@code key} identifies (a field, a row) changed. {@code job} is asked for the save
     * when it is due, so it captures the latest state.
     */
    public void changed(Object key, Supplier<Job<?>> job) {
        Pending p = pending.computeIfAbsent(key, k -> new Pending());
        p.job = job;
        if (p.timer != null) {
            p.timer.cancel();
        }
        p.timer = scheduler.schedule(IDLE, () -> saveNow(key));
    }

    /** The field was committed: save it now if it has unsaved changes. */
    public void commit(Object key) {
        saveNow(key);
    }

    /** Saves everything that is pending (before closing, switching language or leaving a screen). */
    public void flushAll() {
        for (Object key : pending.keySet().toArray()) {
            saveNow(key);
        }
    }

    public boolean hasPending(Object key) {
        return pending.containsKey(key);
    }

    public boolean hasAnyPending() {
        return !pending.isEmpty();
    }

    private void saveNow(Object key) {
        Pending p = pending.remove(key);
        if (p == null) {
            return;
        }
        if (p.timer != null) {
            p.timer.cancel();
        }
        run(key, p.job);
    }

    private <T> void run(Object key, Supplier<Job<?>> supplier) {
        @SuppressWarnings("unchecked")
        Job<T> job = (Job<T>) supplier.get();
        if (job == null) {
            return; // nothing to save after all (e.g. the input is invalid and is shown as such)
        }
        status.started();
        background.save(job.name(), job.work(), saved -> {
            status.succeeded(LocalTime.now(clock));
            if (job.onSaved() != null) {
                job.onSaved().accept(saved);
            }
        }, failure -> {
            status.failed(describe.apply(failure));
            // keep it pending so that the next change or commit tries again; the text stays on screen
            pending.computeIfAbsent(key, k -> new Pending()).job = supplier;
        });
    }
}
