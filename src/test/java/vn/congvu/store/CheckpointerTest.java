package vn.congvu.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointerTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("congvu.db");
    }

    private static void insertSetting(Database db, String key) {
        db.write(c -> Sql.update(c, "INSERT INTO settings (id, created_at, updated_at, author, device, key, value)"
                + " VALUES (?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'a', 'd', ?, ?)", key, key,
                "giá trị " + "x".repeat(2000)));
    }

    /**
     * The frames in the log, read without touching it: {@code mxFrame} of the WAL-index header at the start
     * of the -shm file (https://www.sqlite.org/walformat.html), in the machine's byte order.
     */
    private long logFrames() throws IOException {
        byte[] head = new byte[48];
        try (var in = Files.newInputStream(Path.of(file() + "-shm"))) {
            assertThat(in.readNBytes(head, 0, head.length)).isEqualTo(head.length);
        }
        return Integer.toUnsignedLong(ByteBuffer.wrap(head).order(ByteOrder.nativeOrder()).getInt(16));
    }

    private static long writerLong(Database db, String sql) {
        return db.write(c -> Sql.queryLong(c, sql));
    }

    private static long readLong(Database db, String sql) {
        return db.read(c -> Sql.queryLong(c, sql));
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L; // generous: the machine may be busy
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void theWriterNeverCheckpointsInsideACommitAndStaysDurable() {
        try (Database db = Database.open(file(), Database.Mode.CREATE_OR_MIGRATE)) {
            assertThat(writerLong(db, "PRAGMA wal_autocheckpoint")).isZero();
            assertThat(writerLong(db, "PRAGMA synchronous")).isEqualTo(2); // FULL
            String mode = db.write(c -> Sql.queryOne(c, "PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow());
            assertThat(mode).isEqualTo("wal");
        }
    }

    @Test
    void withoutCheckpointsTheLogOnlyGrows() throws Exception {
        // the premise of the tests below: this probe sees the log grow when nothing copies it back
        try (Database db = Database.open(file(), Database.Mode.CREATE_OR_MIGRATE)) {
            db.checkpointer().close();
            insertSetting(db, "a");
            long first = logFrames();
            insertSetting(db, "b");
            insertSetting(db, "c");
            assertThat(first).isPositive();
            assertThat(logFrames()).isGreaterThan(first);
        }
    }

    @Test
    void aBackgroundCheckpointRunsAfterEnoughCommits() throws Exception {
        try (Database db = Database.open(file(), Database.Mode.CREATE_OR_MIGRATE)) {
            long before = db.checkpointer().checkpoints();
            for (int i = 0; i < Checkpointer.COMMITS_PER_CHECKPOINT; i++) {
                insertSetting(db, "k" + i);
            }
            waitFor(() -> db.checkpointer().checkpoints() > before);
            assertThat(db.checkpointer().checkpoints()).isGreaterThan(before);
            assertThat(db.checkpointer().lastLogFrames()).isPositive();
        }
    }

    @Test
    void onceTheWriterIsIdleTheLogIsCopiedAndTheNextCommitStartsItAgain() throws Exception {
        try (Database db = Database.open(file(), Database.Mode.CREATE_OR_MIGRATE)) {
            long before = db.checkpointer().checkpoints();
            for (int i = 0; i < 10; i++) { // fewer commits than a checkpoint waits for: the idle wait copies them
                insertSetting(db, "k" + i);
            }
            long grown = logFrames();
            waitFor(() -> db.checkpointer().checkpoints() > before);
            assertThat(db.checkpointer().checkpoints()).isGreaterThan(before);

            insertSetting(db, "after");
            assertThat(logFrames()).isLessThan(grown); // started again from the beginning
            assertThat(readLong(db, "SELECT count(*) FROM settings WHERE author = 'a'")).isEqualTo(11);
        }
        assertThat(Files.exists(Path.of(file() + "-wal"))).isFalse(); // closing copies and removes the log
    }

    @Test
    void aLongLogIsCaughtUpByTheWriterBeforeItsNextTransaction() throws Exception {
        try (Database db = Database.open(file(), Database.Mode.CREATE_OR_MIGRATE)) {
            Checkpointer cp = db.checkpointer();
            cp.close(); // no background checkpoints: only the writer's catch-up can start the log again
            for (int i = 0; i < 5; i++) {
                insertSetting(db, "k" + i);
            }
            long grown = logFrames();
            cp.noteLogFrames(Checkpointer.CATCH_UP_FRAMES + 1); // what a checkpoint that fell behind reports

            insertSetting(db, "after");

            assertThat(logFrames()).isLessThan(grown);
            assertThat(cp.catchUpNeeded()).isFalse();
            assertThat(readLong(db, "SELECT count(*) FROM settings WHERE author = 'a'")).isEqualTo(6);
        }
    }

    @Test
    void afterAFailedBackgroundCheckpointTheWriterCheckpointsForItself() {
        try (Database db = Database.open(file(), Database.Mode.CREATE_OR_MIGRATE)) {
            db.checkpointer().fail(new IllegalStateException("disk gone"));
            insertSetting(db, "k");
            assertThat(writerLong(db, "PRAGMA wal_autocheckpoint")).isEqualTo(1000);
        }
    }
}
