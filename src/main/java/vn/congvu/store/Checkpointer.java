package vn.congvu.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Copies the write-ahead log back into the database file on a thread of its own, so that no save waits
 * for it. SQLite's own autocheckpoint runs inside the commit that takes the log past 1,000 pages: that
 * save then also writes those pages into the database file and fsyncs it. {@link Database} turns the
 * autocheckpoint off on its writer and tells this class about every commit instead.
 *
 * <p>A PASSIVE checkpoint runs on this class's own connection after {@value #COMMITS_PER_CHECKPOINT}
 * commits, or once no commit has come for {@value #IDLE_MS} ms after the last one. PASSIVE never waits
 * for the writer or for readers; it copies what it can, and the writer starts the log from the beginning
 * again once a checkpoint has copied all of it, so the log stays about as small as with the
 * autocheckpoint. Durability does not change: a commit is durable once its log frames are fsynced (the
 * writer's {@code synchronous=FULL}), and a checkpoint fsyncs the log before and the database after
 * copying, whichever connection runs it; a crash in the middle of one is repaired from the log on the
 * next open.
 *
 * <p>The log is bounded. The writer starts it again from the beginning only at a transaction that begins
 * after a checkpoint has copied all of it; while saves follow one another without pause, each background
 * checkpoint may end a few commits behind. So once the log holds more than {@value #CATCH_UP_FRAMES}
 * frames the writer itself copies what is left before its next transaction ({@link #catchUpNeeded()};
 * little is left by then, at most what {@value #COMMITS_PER_CHECKPOINT} commits wrote), which lets the log
 * start again. The log file then keeps its size and is written over: appending to it would make every
 * commit's fsync also commit the file's new size. If a checkpoint fails, the writer goes back to SQLite's
 * autocheckpoint (see {@link #failed()}).
 */
final class Checkpointer implements AutoCloseable {

    /** About 1,000 log pages at the ~16 pages an answer save writes: SQLite's own autocheckpoint size. */
    static final int COMMITS_PER_CHECKPOINT = 50;
    static final long IDLE_MS = 500;
    /** About 32 MB of 4 KB pages: beyond this the writer copies the rest itself before its next transaction. */
    static final long CATCH_UP_FRAMES = 8_000;

    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

    private final Supplier<Connection> connector;
    private final Object monitor = new Object();
    private final Thread thread;
    private Connection connection;
    private int pendingCommits;
    private long lastCommitNanos;
    private boolean closing;
    private volatile boolean failed;
    private volatile long checkpoints;
    private volatile long lastLogFrames;
    private volatile long maxLogFrames;

    /** @param connector opens the checkpoint's own connection (WAL, {@code synchronous=FULL}) */
    Checkpointer(Supplier<Connection> connector, String name) {
        this.connector = connector;
        this.thread = new Thread(this::run, "wal-checkpoint " + name);
        this.thread.setDaemon(true);
        this.thread.setPriority(Thread.NORM_PRIORITY - 1);
    }

    void start() {
        thread.start();
    }

    /** Called by the writer after each commit; only counts, never waits. */
    void committed() {
        synchronized (monitor) {
            pendingCommits++;
            lastCommitNanos = System.nanoTime();
            if (pendingCommits == 1 || pendingCommits >= COMMITS_PER_CHECKPOINT) {
                monitor.notifyAll();
            }
        }
    }

    /** True once a checkpoint failed: the writer should checkpoint for itself again. */
    boolean failed() {
        return failed;
    }

    long checkpoints() {
        return checkpoints;
    }

    /** Log frames found by the last checkpoint (before copying). */
    long lastLogFrames() {
        return lastLogFrames;
    }

    /** The most log frames any checkpoint found since this database was opened. */
    long maxLogFrames() {
        return maxLogFrames;
    }

    /** True when the log has grown past {@value #CATCH_UP_FRAMES} frames without starting again. */
    boolean catchUpNeeded() {
        return lastLogFrames > CATCH_UP_FRAMES;
    }

    /**
     * The writer's catch-up: a PASSIVE checkpoint on the writer connection, between two of its
     * transactions, so that nothing is written meanwhile and the next transaction starts the log again.
     */
    void catchUp(Connection writer) throws SQLException {
        long[] result = run(writer);
        noteLogFrames(result[1] - result[2]);
    }

    /** What the last checkpoint found in the log: decides whether the writer must catch up. */
    void noteLogFrames(long frames) {
        lastLogFrames = frames;
        maxLogFrames = Math.max(maxLogFrames, frames);
    }

    /** From now on the writer checkpoints for itself (SQLite's autocheckpoint), and this thread stops. */
    void fail(Exception cause) {
        failed = true;
        LOG.warn("background WAL checkpoint failed; the writer checkpoints for itself from now on", cause);
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    /** Runs a PASSIVE checkpoint now, on the caller's thread (tests, and before a file copy). */
    void checkpointNow() {
        synchronized (monitor) {
            pendingCommits = 0;
        }
        checkpoint();
    }

    private void run() {
        try {
            while (awaitWork()) {
                checkpoint();
                if (failed) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until there is enough to copy; false when closing. */
    private boolean awaitWork() throws InterruptedException {
        synchronized (monitor) {
            while (!closing && !failed) {
                if (pendingCommits >= COMMITS_PER_CHECKPOINT) {
                    break;
                }
                if (pendingCommits > 0) {
                    long idleLeft = IDLE_MS - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastCommitNanos);
                    if (idleLeft <= 0) {
                        break;
                    }
                    monitor.wait(idleLeft);
                } else {
                    monitor.wait();
                }
            }
            if (closing || failed) {
                return false;
            }
            pendingCommits = 0;
            return true;
        }
    }

    private synchronized void checkpoint() {
        if (failed || closing && connection == null) {
            return;
        }
        try {
            if (connection == null) {
                connection = connector.get();
            }
            long[] result = run(connection);
            checkpoints++;
            noteLogFrames(result[1]);
        } catch (SQLException | RuntimeException e) {
            fail(e);
            closeConnection();
        }
    }

    /** busy, log frames, frames checkpointed: the row of {@code PRAGMA wal_checkpoint}. */
    private static long[] run(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)} : new long[] {0, 0, 0};
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("closing the checkpoint connection failed", e);
            }
            connection = null;
        }
    }

    /** Stops the thread (waiting for a checkpoint under way) and closes its connection. */
    @Override
    public void close() {
        synchronized (monitor) {
            closing = true;
            monitor.notifyAll();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            closeConnection();
        }
    }
}
