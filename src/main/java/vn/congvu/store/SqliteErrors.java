package vn.congvu.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;

/** Maps SQLite's result codes to problems a user can act on. */
final class SqliteErrors {

    private SqliteErrors() {
    }

    static StoreException translate(SQLException e) {
        return new StoreException(problemOf(e), e.getMessage(), e);
    }

    static StoreException.Problem problemOf(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            String name = code.name();
            if (code == SQLiteErrorCode.SQLITE_FULL || name.equals("SQLITE_IOERR_WRITE") && isDiskFull(e)) {
                return StoreException.Problem.DISK_FULL;
            }
            if (code == SQLiteErrorCode.SQLITE_NOTADB) {
                return StoreException.Problem.NOT_A_DATABASE;
            }
            if (code == SQLiteErrorCode.SQLITE_CORRUPT || name.startsWith("SQLITE_CORRUPT")) {
                return StoreException.Problem.CORRUPT;
            }
            if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED
                    || name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return StoreException.Problem.BUSY;
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY || name.startsWith("SQLITE_READONLY")
                    || code == SQLiteErrorCode.SQLITE_PERM || code == SQLiteErrorCode.SQLITE_CANTOPEN
                    || name.startsWith("SQLITE_CANTOPEN")) {
                return StoreException.Problem.NOT_WRITABLE;
            }
            if (name.startsWith("SQLITE_CONSTRAINT")) {
                return StoreException.Problem.CONSTRAINT;
            }
        }
        return isDiskFull(e) ? StoreException.Problem.DISK_FULL : StoreException.Problem.IO;
    }

    private static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("SQLITE_FULL") || m.contains("database or disk is full")
                    || m.contains("No space left"))) {
                return true;
            }
        }
        return false;
    }
}
