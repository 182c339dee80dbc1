package vn.congvu.app.imports;

import vn.congvu.app.AppException;

import java.util.List;

/** An import refused because rows are wrong; nothing was written. Lists every bad row. */
public final class ImportException extends AppException {

    private final List<RowError> errors;

    public ImportException(List<RowError> errors) {
        super("error.import.badRows", errors.size());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an import error needs at least one row");
        }
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
