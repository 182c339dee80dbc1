package vn.congvu.app.evidence;

import vn.congvu.app.AppException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Keeps copies of evidence files in the data folder, as {@code evidence/<visit id>/<sha256>.<ext>}. Each
 * file is hashed while it is copied into a temporary file in the same folder, forced to disk, and only then
 * moved to its final name in one step: a copy interrupted by a crash, a full disk or a cancel never appears
 * under a real name, and the original is only ever read.
 */
public final class EvidenceFiles {

    static final String FOLDER = "evidence";
    static final String TEMP_PREFIX = ".incoming-";
    private static final int BUFFER = 64 * 1024;

    /** Where the bytes of a copy go; a seam so that tests can fill the disk. */
    interface Sink extends Closeable {
        void write(byte[] bytes, int length) throws IOException;

        /** Forces what was written to the disk. */
        void sync() throws IOException;
    }

    @FunctionalInterface
    interface SinkFactory {
        Sink create(Path temp) throws IOException;
    }

    /** A copy in place: its path relative to the data folder, hash and size; {@code reused} when it was already kept. */
    record Stored(Path file, String relativePath, String sha256, long size, boolean reused) {
    }

    static final SinkFactory FILE_CHANNELS = temp -> {
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new Sink() {
            @Override
            public void write(byte[] bytes, int length) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }

            @Override
            public void sync() throws IOException {
                channel.force(true);
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    };

    private final Path dataDir;
    private final SinkFactory sinks;

    /** @param dataDir the folder of the database; copies go to its {@code evidence} sub-folder */
    EvidenceFiles(Path dataDir, SinkFactory sinks) {
        this.dataDir = dataDir.toAbsolutePath();
        this.sinks = sinks;
    }

    /** The kept file a row of the evidence table points to. */
    Path resolve(String relativePath) {
        return dataDir.resolve(relativePath.replace('/', java.io.File.separatorChar));
    }

    Path visitFolder(String visitId) {
        return dataDir.resolve(FOLDER).resolve(visitId);
    }

    /**
     * Copies {@code source} in (hashing it on the way) unless a copy with the same content is already kept.
     *
     * @throws AppException         the source cannot be read or the copy cannot be written; nothing is left behind
     * @throws CancellationException {@code cancelled} said so during the copy; nothing is left behind
     */
    Stored store(Path source, String visitId, MediaKind kind, BooleanSupplier cancelled) {
        Path folder = visitFolder(visitId);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw writeFailure(e, folder, source);
        }
        Path temp = folder.resolve(TEMP_PREFIX + UUID.randomUUID() + ".part");
        boolean moved = false;
        try {
            MessageDigest sha = sha256();
            long size = 0;
            try (InputStream in = open(source); Sink out = create(temp, folder, source)) {
                byte[] buffer = new byte[BUFFER];
                while (true) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("copy of " + source.getFileName() + " cancelled");
                    }
                    int n = read(in, buffer, source);
                    if (n < 0) {
                        break;
                    }
                    sha.update(buffer, 0, n);
                    try {
                        out.write(buffer, n);
                    } catch (IOException e) {
                        throw writeFailure(e, folder, source);
                    }
                    size += n;
                }
                try {
                    out.sync();
                } catch (IOException e) {
                    throw writeFailure(e, folder, source);
                }
            } catch (IOException e) {
                // closing failed: for the sink that is a write failure (some file systems report a full disk only then)
                throw writeFailure(e, folder, source);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            String name = hash + "." + kind.extension();
            Path target = folder.resolve(name);
            String relative = FOLDER + "/" + visitId + "/" + name;
            if (Files.isRegularFile(target) && hash.equals(hashOf(target))) {
                return new Stored(target, relative, hash, size, true);
            }
            try {
                move(temp, target);
                moved = true;
                syncFolder(folder);
            } catch (IOException e) {
                throw writeFailure(e, folder, source);
            }
            return new Stored(target, relative, hash, size, false);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /** Removes a copy that no row refers to (a row failed to be written after the copy was made). */
    void discard(Stored stored) {
        if (!stored.reused()) {
            deleteQuietly(stored.file());
        }
    }

    private static InputStream open(Path source) {
        try {
            return Files.newInputStream(source);
        } catch (NoSuchFileException e) {
            throw new AppException(e, "error.evidence.fileMissing", source.toString());
        } catch (IOException e) {
            throw new AppException(e, "error.evidence.fileUnreadable", source.toString(), reason(e));
        }
    }

    private static int read(InputStream in, byte[] buffer, Path source) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new AppException(e, "error.evidence.fileUnreadable", source.toString(), reason(e));
        }
    }

    private Sink create(Path temp, Path folder, Path source) {
        try {
            return sinks.create(temp);
        } catch (IOException e) {
            throw writeFailure(e, folder, source);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // same folder, so this does not happen on the file systems laptops use; still never leave a half file
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the new name durable too (POSIX needs the folder forced; Windows cannot open a folder and need not). */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not possible on this platform: the rename is journalled by the file system anyway
        }
    }

    /** The SHA-256 of a kept file, or null when it cannot be read. */
    static String hashOf(Path file) {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return null;
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Says why the copy could not be written, in terms the user can act on. */
    static AppException writeFailure(IOException e, Path folder, Path source) {
        String r = reason(e).toLowerCase(Locale.ROOT);
        if (r.contains("no space left") || r.contains("disk quota") || r.contains("not enough space")
                || r.contains("disk full")) {
            return new AppException(e, "error.evidence.diskFull", folder.toString());
        }
        if (e instanceof AccessDeniedException || r.contains("read-only file system") || r.contains("permission denied")
                || r.contains("access is denied") || r.contains("operation not permitted")) {
            return new AppException(e, "error.evidence.folderNotWritable", folder.toString());
        }
        return new AppException(e, "error.evidence.copyFailed", source.getFileName().toString(), reason(e));
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover ".incoming-*.part" is never referred to and is safe to delete by hand
        }
    }
}
