package vn.congvu.app;

import vn.congvu.store.StoreException;

import java.nio.file.Path;

/** Turns the store's failures into messages for the user. */
public final class StoreErrors {

    private StoreErrors() {
    }

    /** The same failure as an {@link AppException} whose key names the problem, with the file as argument. */
    public static AppException toAppException(StoreException e, Path file) {
        Path named = file;
        if (e.problem() == StoreException.Problem.FOLDER_MISSING && file != null) {
            // the message is about the folder that is missing, not the file that would go in it
            named = file.toAbsolutePath().getParent();
        }
        return new AppException(e, "error.store." + e.problem().name(), named == null ? "" : named.toString());
    }

    /** {@code e} as an {@link AppException} when it is a failure of the store (busy, disk full, …), else as it is. */
    public static RuntimeException translate(RuntimeException e, Path file) {
        return e instanceof StoreException se ? toAppException(se, file) : e;
    }
}
