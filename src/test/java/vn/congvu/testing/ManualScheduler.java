package vn.congvu.testing;

import vn.congvu.ui.common.Scheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler whose time moves only when the test says so. */
public final class ManualScheduler implements Scheduler {

    private final class Entry implements Cancellable {
        final long due;
        final Runnable action;
        boolean cancelled;

        Entry(long due, Runnable action) {
            this.due = due;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private long now;

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Entry e = new Entry(now + delay.toMillis(), action);
        entries.add(e);
        return e;
    }

    /** Moves time on and runs what fell due, in order. */
    public void advance(Duration d) {
        now += d.toMillis();
        List<Entry> due = entries.stream().filter(e -> !e.cancelled && e.due <= now).toList();
        entries.removeAll(due);
        entries.removeIf(e -> e.cancelled);
        due.forEach(e -> e.action.run());
    }

    public long waiting() {
        return entries.stream().filter(e -> !e.cancelled).count();
    }
}
