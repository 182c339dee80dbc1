package vn.congvu.store;

import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A SQLite file that is not opened as the app's database: a copy inside a backup, or a database to be
 * described for support. It is only read, so a damaged or foreign file is left exactly as it was.
 */
public final class DatabaseFile {

    /** What a file is, as far as reading it tells. */
    public record Facts(int applicationId, int schemaVersion, long pageSize, long pageCount, long freePages,
                        String journalMode, String sqliteVersion, List<String> integrity) {

        public boolean ours() {
            return applicationId == Database.APPLICATION_ID;
        }

        /** {@code integrity} holds SQLite's complaints; empty when it said "ok" (or was not asked). */
        public boolean intact() {
            return integrity.isEmpty();
        }
    }

    /** How much of the file to check. */
    public enum Check {
        NONE, QUICK, FULL
    }

    private DatabaseFile() {
    }

    /**
     * Runs {@code work} on a read-only connection to a file nobody else is using (a copy we made): opened as
     * immutable, so SQLite writes nothing beside it, not even a lock or a journal.
     */
    public static <T> T readCopy(Path file, SqlWork<T> work) {
        return read(file, true, work);
    }

    /**
     * Runs {@code work} on a read-only connection to a database that the app or the command line may have
     * open at the same time: reads see every commit, including those still in its WAL.
     */
    public static <T> T readShared(Path file, SqlWork<T> work) {
        return read(file, false, work);
    }

    private static <T> T read(Path file, boolean immutable, SqlWork<T> work) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Problem.DATABASE_MISSING, file + " does not exist");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        String url = "jdbc:sqlite:" + file.toAbsolutePath().toUri() + (immutable ? "?immutable=1" : "");
        try (Connection c = config.createConnection(url)) {
            return work.run(c);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    /** The header facts, the schema version and, if asked, SQLite's own integrity check. */
    public static Facts facts(Connection c, Check check) throws SQLException {
        int appId = (int) Sql.queryLong(c, "PRAGMA application_id");
        boolean hasHistory = Sql.queryLong(c,
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'") > 0;
        int version = hasHistory ? (int) Sql.queryLong(c,
                "SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM flyway_schema_history WHERE success = 1") : 0;
        List<String> integrity = check == Check.NONE ? List.of()
                : new IntegrityChecker().fileCheck(c, check == Check.FULL).stream()
                .map(vn.congvu.domain.IntegrityIssue::detail).toList();
        return new Facts(appId, version, Sql.queryLong(c, "PRAGMA page_size"), Sql.queryLong(c, "PRAGMA page_count"),
                Sql.queryLong(c, "PRAGMA freelist_count"),
                Sql.queryOne(c, "PRAGMA journal_mode", rs -> rs.getString(1)).orElse("?"),
                Sql.queryOne(c, "SELECT sqlite_version()", rs -> rs.getString(1)).orElse("?"), integrity);
    }

    /** Counts of live records by kind, as {@code stats} prints them; empty for a file that is not ours. */
    public static Map<String, Long> counts(Connection c) throws SQLException {
        return new StatsRepository().counts(c);
    }

    /** When the newest change recorded in the audit log was made (UTC, as stored), or null when none. */
    public static String lastChange(Connection c) throws SQLException {
        return Sql.queryOne(c, "SELECT max(at) FROM audit_log", rs -> rs.getString(1)).orElse(null);
    }
}
