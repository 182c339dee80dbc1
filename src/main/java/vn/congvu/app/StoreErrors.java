package vn.congvu.app;

import vn.congvu.store.StoreException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Turns the store's failures into messages for the user. */
public final class StoreErrors {

    /** Below this, a failed write is put down to a full disk. */
    private static final long NEARLY_FULL = 256 * 1024;

    private StoreErrors() {
    }

    /** The same failure as an {@link AppException} whose key names the problem, with the file as argument. */
    public static AppException toAppException(StoreException e, Path file) {
        StoreException.Problem problem = e.problem() == StoreException.Problem.IO && file != null
                ? probe(file) : e.problem();
        Path named = file;
        if (problem == StoreException.Problem.FOLDER_MISSING && file != null) {
            // the message is about the folder that is missing, not the file that would go in it
            named = file.toAbsolutePath().getParent();
        }
        return new AppException(e, "error.store." + problem.name(), named == null ? "" : named.toString());
    }

    /** {@code e} as an {@link AppException} when it is a failure of the store (busy, disk full, …), else as it is. */
    public static RuntimeException translate(RuntimeException e, Path file) {
        return e instanceof StoreException se ? toAppException(se, file) : e;
    }

    /**
     * SQLite says only "disk I/O error" when the folder became read-only or the disk filled up under a
     * write: look at the folder to tell the user which, falling back to the I/O error itself.
     */
    private static StoreException.Problem probe(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return StoreException.Problem.IO;
        }
        try {
            if (Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL) {
                return StoreException.Problem.DISK_FULL;
            }
        } catch (IOException ignored) {
            // cannot tell the free space; the probe below may still tell
        }
        Path probe = null;
        try {
            probe = Files.createTempFile(folder, ".probe-", ".tmp");
            return StoreException.Problem.IO;
        } catch (AccessDeniedException e) {
            return StoreException.Problem.NOT_WRITABLE;
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
            if (reason.contains("no space")) {
                return StoreException.Problem.DISK_FULL;
            }
            return reason.contains("read-only") || reason.contains("not permitted") || reason.contains("denied")
                    ? StoreException.Problem.NOT_WRITABLE : StoreException.Problem.IO;
        } catch (IOException e) {
            return String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("no space")
                    ? StoreException.Problem.DISK_FULL : StoreException.Problem.IO;
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // a stray empty probe file is harmless
                }
            }
        }
    }
}
