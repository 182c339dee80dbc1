package vn.congvu.store;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The SQLite file of one laptop. Opening it checks that it is ours and not from a newer app, brings
 * its schema up to date with Flyway, and sets it up for durability:
 * <ul>
 *   <li>WAL journal, so the window can read while an edit is being saved;</li>
 *   <li>{@code synchronous=FULL}: in WAL mode every commit fsyncs the log, so an edit the user was told
 *       is saved survives a power cut (NORMAL would lose the last commits on power loss);</li>
 *   <li>foreign keys on for every connection;</li>
 *   <li>checkpoints off the commit path: the writer's {@code wal_autocheckpoint} is off and a
 *       {@link Checkpointer} copies the log back on its own connection and thread.</li>
 * </ul>
 * The writer keeps its prepared statements for reuse ({@link StatementCache}): a save runs the same few
 * statements every time, and compiling them was much of its work.
 * All writes go through one connection, one transaction at a time ({@link #write}); reads use a small
 * pool of other connections and see a consistent snapshot ({@link #read}).
 */
public final class Database implements AutoCloseable {

    /** 'CVUI': the application_id stamped into the file header by the first migration. */
    public static final int APPLICATION_ID = 1_129_731_401;
    /** The highest migration this build knows; a test keeps it equal to the newest V*.sql. */
    public static final int SCHEMA_VERSION = 4;

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final int MAX_IDLE_READERS = 4;
    /** Enough for every statement the app runs, several times over; least recently used ones go first. */
    private static final int KEPT_STATEMENTS = 256;
    /**
     * After a checkpoint has copied it all, a log larger than this is cut back when it starts again (after a
     * large import or a demo). Above the ~33 MB the log reaches between two catch-ups of the
     * {@link Checkpointer}, so that the log file is written over, not cut and grown again.
     */
    private static final long WAL_SIZE_LIMIT = 64L * 1024 * 1024;

    private final Path file;
    private final String url;
    private final Connection writer;
    private final Checkpointer checkpointer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Deque<Connection> idleReaders = new ArrayDeque<>();
    private int writeDepth;
    private boolean autocheckpointRestored;
    private boolean closed;

    private Database(Path file, String url, Connection writer) {
        this.file = file;
        this.url = url;
        this.writer = StatementCache.wrap(writer, KEPT_STATEMENTS);
        this.checkpointer = new Checkpointer(() -> {
            try {
                Connection c = connect(url);
                exec(c, "PRAGMA journal_size_limit = " + WAL_SIZE_LIMIT);
                return c;
            } catch (SQLException e) {
                throw SqliteErrors.translate(e);
            }
        }, file.getFileName().toString());
    }

    /** Whether {@link #open} may create a missing file. */
    public enum Mode {
        CREATE_OR_MIGRATE, EXISTING_ONLY
    }

    /**
     * Opens (and if needed creates and migrates) the database at {@code path}. Every refusal happens
     * before anything is written.
     */
    public static Database open(Path path, Mode mode) {
        Path file = path.toAbsolutePath().normalize();
        boolean exists = checkPath(file, mode);
        String url = "jdbc:sqlite:" + file;
        if (exists) {
            // one connection checks the file and, when its schema is current (the usual start), becomes the writer
            Connection c = null;
            boolean keep = false;
            try {
                c = checkingConnection(url);
                checkOwnershipAndVersion(c);
                if (isCurrent(c)) {
                    exec(c, "PRAGMA journal_mode = WAL");
                    keep = true;
                    return new Database(file, url, c);
                }
            } catch (SQLException e) {
                throw SqliteErrors.translate(e);
            } finally {
                if (!keep && c != null) {
                    closeQuietly(c);
                }
            }
        }
        migrate(url);
        try {
            Connection writer = connect(url);
            try {
                exec(writer, "PRAGMA wal_autocheckpoint = 0");
                exec(writer, "PRAGMA journal_size_limit = " + WAL_SIZE_LIMIT);
            } catch (SQLException e) {
                closeQuietly(writer);
                throw e;
            }
            Database db = new Database(file, url, writer);
            db.checkpointer.start();
            return db;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    private static boolean checkPath(Path file, Mode mode) {
        if (Files.isDirectory(file)) {
            throw new StoreException(StoreException.Problem.NOT_A_FILE, file + " is a folder");
        }
        Path parent = file.getParent();
        if (!Files.exists(file)) {
            if (mode == Mode.EXISTING_ONLY) {
                throw new StoreException(StoreException.Problem.DATABASE_MISSING, file + " does not exist");
            }
            if (parent == null || !Files.isDirectory(parent)) {
                throw new StoreException(StoreException.Problem.FOLDER_MISSING, parent + " does not exist");
            }
            if (!Files.isWritable(parent)) {
                throw new StoreException(StoreException.Problem.NOT_WRITABLE, parent + " is not writable");
            }
            return false;
        }
        // WAL needs to create the -wal and -shm files beside the database.
        if (!Files.isReadable(file) || !Files.isWritable(file) || parent == null || !Files.isWritable(parent)) {
            throw new StoreException(StoreException.Problem.NOT_WRITABLE, file + " or its folder is not writable");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                // an empty file (touched, or a copy that failed) holds no database: only creating may fill it
                if (mode == Mode.EXISTING_ONLY) {
                    throw new StoreException(StoreException.Problem.DATABASE_MISSING, file + " is empty");
                }
                return false;
            }
            byte[] head = new byte[SQLITE_HEADER.length];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(head, 0, head.length) < head.length
                        || !java.util.Arrays.equals(head, SQLITE_HEADER)) {
                    throw new StoreException(StoreException.Problem.NOT_A_DATABASE, file + " is not a SQLite file");
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.IO, "cannot read " + file, e);
        }
        return true;
    }

    /**
     * A connection with the writer's settings that change nothing in the file (synchronous, foreign keys,
     * busy timeout) but not yet its journal mode, so that a file we refuse is left exactly as it was.
     */
    private static Connection checkingConnection(String url) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection(url);
    }

    private static void checkOwnershipAndVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            int appId;
            try (var rs = st.executeQuery("PRAGMA application_id")) {
                appId = rs.next() ? rs.getInt(1) : 0;
            }
            long userTables = Sql.queryLong(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%'");
            if (appId != APPLICATION_ID) {
                if (appId == 0 && userTables == 0) {
                    return; // an empty SQLite file: ours to fill
                }
                throw new StoreException(StoreException.Problem.FOREIGN_DATABASE,
                        "application_id " + appId + " with " + userTables + " tables is not a CongVu database");
            }
            long applied = Sql.queryLong(c, "SELECT coalesce(max(CAST(version AS INTEGER)), 0)"
                    + " FROM flyway_schema_history WHERE success = 1");
            if (applied > SCHEMA_VERSION) {
                throw new StoreException(StoreException.Problem.NEWER_VERSION,
                        "schema version " + applied + " is newer than " + SCHEMA_VERSION);
            }
        }
    }

    /** Whether every migration this build knows is applied (then Flyway, and its start-up cost, is skipped). */
    private static boolean isCurrent(Connection c) throws SQLException {
        return Sql.queryLong(c, "SELECT count(*) FROM sqlite_master WHERE name = 'flyway_schema_history'") > 0
                && Sql.queryLong(c, "SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM flyway_schema_history"
                + " WHERE success = 1") == SCHEMA_VERSION;
    }

    private static void migrate(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        try {
            var result = Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info("schema migrated to {} ({} migrations)", result.targetSchemaVersion, result.migrationsExecuted);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException se) {
                    throw SqliteErrors.translate(se);
                }
            }
            throw new StoreException(StoreException.Problem.IO, "migration failed: " + e.getMessage(), e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection(url);
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} in one write transaction (BEGIN IMMEDIATE … COMMIT) and returns when the commit
     * is durable. Any exception rolls everything back. Nested calls join the outer transaction.
     */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            ensureOpen();
            if (writeDepth > 0) {
                writeDepth++;
                try {
                    return work.run(writer);
                } finally {
                    writeDepth--;
                }
            }
            if (checkpointer.failed() && !autocheckpointRestored) {
                exec(writer, "PRAGMA wal_autocheckpoint = 1000"); // SQLite's default: checkpoint in the commit
                autocheckpointRestored = true;
            }
            if (checkpointer.catchUpNeeded()) {
                checkpointer.catchUp(writer); // rare: lets this transaction start the log again
            }
            execPrepared(writer, "BEGIN IMMEDIATE");
            writeDepth = 1;
            boolean committed = false;
            try {
                T result = work.run(writer);
                execPrepared(writer, "COMMIT");
                committed = true;
                return result;
            } finally {
                writeDepth = 0;
                if (committed) {
                    checkpointer.committed();
                } else {
                    rollbackQuietly(writer);
                }
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Writes a consistent copy of the whole database to {@code target} (which must not exist) with
     * {@code VACUUM INTO}, and forces it to disk. It runs on its own reader connection as one read
     * transaction, so saves go on meanwhile (WAL) and the copy holds every commit made before it started
     * and none after. The copy is compact (no free pages) and in rollback-journal mode: a standalone file.
     */
    public void snapshotTo(Path target) {
        Connection c = borrowReader();
        boolean healthy = false;
        try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
            healthy = true;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        } finally {
            returnReader(c, healthy);
        }
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.IO, "cannot sync " + target, e);
        }
    }

    /** Runs {@code work} on a consistent snapshot. Inside a {@link #write} on the same thread, reads what it wrote. */
    public <T> T read(SqlWork<T> work) {
        if (writeLock.isHeldByCurrentThread() && writeDepth > 0) {
            try {
                return work.run(writer);
            } catch (SQLException e) {
                throw SqliteErrors.translate(e);
            }
        }
        Connection c = borrowReader();
        boolean healthy = false;
        try {
            exec(c, "BEGIN");
            try {
                T result = work.run(c);
                healthy = true;
                return result;
            } finally {
                rollbackQuietly(c);
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        } finally {
            returnReader(c, healthy);
        }
    }

    private synchronized Connection borrowReader() {
        ensureOpen();
        Connection c = idleReaders.pollFirst();
        if (c != null) {
            return c;
        }
        try {
            return connect(url);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    private synchronized void returnReader(Connection c, boolean healthy) {
        if (!closed && healthy && idleReaders.size() < MAX_IDLE_READERS) {
            idleReaders.addFirst(c);
        } else {
            closeQuietly(c);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("database is closed");
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Runs a statement through {@code prepareStatement}, so that the writer's cache keeps it. */
    private static void execPrepared(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        }
    }

    /** Runs a PASSIVE checkpoint now on the checkpoint connection (tests; the timing is otherwise its own). */
    void checkpointNow() {
        checkpointer.checkpointNow();
    }

    Checkpointer checkpointer() {
        return checkpointer;
    }

    /** The writer connection's statement cache (tests). */
    StatementCache statementCache() {
        return StatementCache.of(writer);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.isClosed()) {
                exec(c, "ROLLBACK");
            }
        } catch (SQLException ignored) {
            // no transaction open (it failed to begin): nothing to undo
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("closing a connection failed", e);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
                idleReaders.forEach(Database::closeQuietly);
                idleReaders.clear();
            }
            checkpointer.close();
            closeQuietly(writer); // the last connection: SQLite checkpoints the log and removes it
        } finally {
            writeLock.unlock();
        }
    }
}
