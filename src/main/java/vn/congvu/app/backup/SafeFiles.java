package vn.congvu.app.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;

/** Writing files so that a crash leaves either the old state or the new one, never half of one. */
final class SafeFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SafeFiles.class);
    private static final int BUFFER = 64 * 1024;

    private SafeFiles() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Forces the file's content to disk. */
    static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /**
     * Forces a folder's entries (a rename, a new file) to disk. Linux needs it for a rename to survive a
     * power cut; Windows cannot open a folder this way and does it itself, so failure is ignored.
     */
    static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("cannot sync folder {}: {}", folder, e.toString());
        }
    }

    /** Renames {@code from} to {@code to} in one step, replacing {@code to}; both in the same folder. */
    static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // only across file systems, which callers avoid by writing beside the target
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(to.toAbsolutePath().getParent());
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete {}", file, e);
        }
    }

    static void deleteTreeQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(SafeFiles::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("cannot delete {}", dir, e);
        }
    }

    /** Whether {@code e} (or what caused it) says the disk is full. */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null) {
                String lower = m.toLowerCase(Locale.ROOT);
                if (lower.contains("no space left") || lower.contains("not enough space")
                        || lower.contains("disk full") || lower.contains("disk quota")
                        || lower.contains("there is not enough space")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code e} says the file or folder may not be written (permissions, read-only media). */
    static boolean isNotWritable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
            if (t instanceof FileSystemException fse && fse.getReason() != null) {
                String r = fse.getReason().toLowerCase(Locale.ROOT);
                if (r.contains("read-only") || r.contains("operation not permitted") || r.contains("permission denied")) {
                    return true;
                }
            }
        }
        return false;
    }
}
