package vn.congvu.app.export;

import vn.congvu.report.summary.SummaryData.AnswerRow;
import vn.congvu.report.summary.SummaryData.DossierRow;
import vn.congvu.report.summary.SummaryData.FollowUpRow;
import vn.congvu.report.summary.SummaryData.OfficialRow;
import vn.congvu.report.summary.SummaryWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands the long tables' rows from the thread reading the database to a thread writing the workbook, so that
 * reading and scoring (SQLite, the domain rules) and writing (SXSSF's XML) run at the same time on two cores.
 * Rows go in batches through a small bounded queue: memory stays flat, and a slow writer slows the reader
 * rather than piling rows up. A failure on the writing side (disk full, cancelled) stops the reader at its
 * next row.
 */
final class RowPipe implements AutoCloseable {

    private static final int BATCH = 512;
    private static final int QUEUED_BATCHES = 16;
    private static final List<Object> END = List.of();

    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread writer;
    private List<Object> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;
    private boolean finished;

    RowPipe(SummaryWriter out) {
        writer = new Thread(() -> write(out), "summary-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues one row of a long table (answers, officials, overdue dossiers, follow-ups). */
    void accept(Object row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Waits until every queued row is written; rethrows what went wrong on the writing side. */
    void finish() throws IOException {
        put(batch);
        put(END);
        finished = true;
        join();
        rethrow();
    }

    private void put(List<Object> rows) {
        try {
            while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                rethrowUnchecked();
                if (!writer.isAlive()) {
                    throw new IllegalStateException("the summary writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exporting", e);
        }
        rethrowUnchecked();
    }

    private void write(SummaryWriter out) {
        try {
            while (true) {
                List<Object> rows = queue.take();
                if (rows == END) {
                    return;
                }
                for (Object row : rows) {
                    if (row instanceof AnswerRow a) {
                        out.answer(a);
                    } else if (row instanceof OfficialRow o) {
                        out.official(o);
                    } else if (row instanceof DossierRow d) {
                        out.overdueDossier(d);
                    } else if (row instanceof FollowUpRow f) {
                        out.followUp(f);
                    } else {
                        throw new IllegalArgumentException("not a row of the summary: " + row);
                    }
                }
            }
        } catch (InterruptedException e) {
            // the export gave up (its reader failed); nothing more to write
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException io) {
            throw io;
        }
        rethrowUnchecked();
    }

    private void rethrowUnchecked() {
        Throwable t = failure;
        if (t == null) {
            return;
        }
        if (t instanceof IOException io) {
            throw new UncheckedIOException(io);
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    private void join() {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exporting", e);
        }
    }

    /** Stops the writing thread if the export ended early. */
    @Override
    public void close() {
        if (!finished && writer.isAlive()) {
            writer.interrupt();
            join();
        }
    }
}
