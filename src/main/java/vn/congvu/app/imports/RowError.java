package vn.congvu.app.imports;

/** What is wrong with one row of an imported file: its number as Excel shows it, and a message key. */
public record RowError(int row, String key, Object... args) {

    public RowError {
        args = args.clone();
    }
}
