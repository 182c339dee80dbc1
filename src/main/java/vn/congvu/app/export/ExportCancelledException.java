package vn.congvu.app.export;

import vn.congvu.app.AppException;

/** The user stopped an export; nothing was written. */
public final class ExportCancelledException extends AppException {

    public ExportCancelledException() {
        super("error.export.cancelled");
    }
}
