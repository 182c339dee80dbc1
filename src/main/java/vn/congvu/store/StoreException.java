package vn.congvu.store;

/**
 * A failure of the store that the user must be told about. {@link Problem} is what the UI and the
 * command line translate into the user's language; the message is for the log.
 */
public class StoreException extends RuntimeException {

    /** What went wrong, in terms a user can act on. */
    public enum Problem {
        /** the folder that should hold the database does not exist */
        FOLDER_MISSING,
        /** no database at the given path (and it was not to be created) */
        DATABASE_MISSING,
        /** the path is a folder, not a file */
        NOT_A_FILE,
        /** the file exists but is not a SQLite database */
        NOT_A_DATABASE,
        /** a SQLite database, but not one of this app */
        FOREIGN_DATABASE,
        /** made by a newer version of the app */
        NEWER_VERSION,
        /** no permission to read or write the file or its folder */
        NOT_WRITABLE,
        /** the disk is full */
        DISK_FULL,
        /** another program holds the database locked for too long */
        BUSY,
        /** the database file is damaged */
        CORRUPT,
        /** a record asked for does not exist */
        NOT_FOUND,
        /** a record changed since it was read */
        STALE,
        /** a rule of the data was broken (a CHECK, UNIQUE or foreign key) */
        CONSTRAINT,
        /** anything else reading or writing the file */
        IO
    }

    private final Problem problem;

    public StoreException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public StoreException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
