package vn.congvu.app.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congvu.app.AppException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes a file so that the name asked for only ever holds a complete file: the content goes to a temporary
 * file in the same folder (same disk, so the final move is a rename) and is moved over the name at the end.
 * A failure at any point (disk full, cancelled, crash) leaves the old file, if any, untouched and no
 * half-written one behind.
 */
public final class AtomicFile {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);
    /** below this much free space a failed write is taken for a full disk whatever the exception says */
    private static final long LOW_SPACE_BYTES = 1L << 20;

    /** Writes the content into the file it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * @param beforeMove checked once the content is complete, before it replaces anything (cancellation)
     * @throws AppException with a message for the user; nothing is left under {@code target} that was not there
     */
    public static void write(Path target, Content content) {
        write(target, content, () -> { });
    }

    static void write(Path target, Content content, Runnable beforeMove) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp;
        try {
            temp = Files.createTempFile(folder, ".congvu-", ".part");
        } catch (NoSuchFileException e) {
            throw new AppException(e, "error.export.folderMissing", String.valueOf(folder));
        } catch (IOException e) {
            throw failure(e, target);
        }
        try {
            content.writeTo(temp);
            beforeMove.run();
            move(temp, target);
        } catch (IOException e) {
            throw failure(e, target);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.warn("could not remove the temporary file {}", temp, e);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The user's message for a failed write. */
    static AppException failure(IOException e, Path target) {
        LOG.warn("writing {} failed", target, e);
        Path folder = target.toAbsolutePath().getParent();
        if (isDiskFull(e, folder)) {
            return new AppException(e, "error.export.diskFull", target.toString());
        }
        if (e instanceof AccessDeniedException denied) {
            boolean onTarget = denied.getFile() != null && Path.of(denied.getFile()).toAbsolutePath()
                    .equals(target.toAbsolutePath());
            return onTarget || Files.exists(target)
                    ? new AppException(e, "error.export.inUse", target.toString(), OutputTarget.freeAlternative(target))
                    : new AppException(e, "error.export.folderReadOnly", String.valueOf(folder));
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        return new AppException(e, "error.export.writeFailed", target.toString(), reason);
    }

    static boolean isDiskFull(IOException e, Path folder) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            // Linux and macOS say "No space left on device", Windows "There is not enough space on the disk"
            if (message.contains("no space left") || message.contains("not enough space") || message.contains("disk full")) {
                return true;
            }
        }
        try {
            return folder != null && Files.getFileStore(folder).getUsableSpace() < LOW_SPACE_BYTES;
        } catch (IOException ignored) {
            return false;
        }
    }
}
