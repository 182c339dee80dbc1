package vn.congvu.store;

/** The record changed (on this laptop or by a merge) since the caller read it. */
public final class StaleRecordException extends StoreException {

    public StaleRecordException(Table table, String id, long expected, long actual) {
        super(Problem.STALE, table.sqlName() + " " + id + " is at revision " + actual + ", not " + expected);
    }
}
