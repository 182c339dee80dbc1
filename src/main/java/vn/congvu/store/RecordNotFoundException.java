package vn.congvu.store;

/** The record asked for does not exist, or was deleted. */
public final class RecordNotFoundException extends StoreException {

    private final String id;

    public RecordNotFoundException(Table table, String id) {
        super(Problem.NOT_FOUND, table.sqlName() + " " + id + " not found");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
