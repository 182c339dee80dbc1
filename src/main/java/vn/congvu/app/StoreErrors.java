package vn.congvu.app;

import vn.congvu.store.StoreException;

import java.nio.file.Path;

/** Turns the store's failures into messages for the user. */
public final class StoreErrors {

    private StoreErrors() {
    }

    /** The same failure as an {@link AppException} whose key names the problem, with the file as argument. */
    public static AppException toAppException(StoreException e, Path file) {
        return new AppException(e, "error.store." + e.problem().name(), file == null ? "" : file.toString());
    }
}
