package vn.congvu.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Evidence files in the data folder ({@code evidence/…} beside the database). A file from a package is
 * written to a hidden temporary name in its final folder, hashed as it is written, forced to disk and
 * only then renamed into place, so a crash or a bad byte never leaves a partial photo under a name a
 * record points to. Existing files are never overwritten.
 */
final class EvidenceFiles {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceFiles.class);
    private static final int SYNC_THREADS = 8;

    private final Path dataDir;
    private final Path evidenceDir;
    /** files and folders this instance created, newest last, for undoing a failed import */
    private final List<Path> created = Collections.synchronizedList(new ArrayList<>());

    EvidenceFiles(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.evidenceDir = this.dataDir.resolve("evidence");
    }

    /** Where a record's relative path lands; never outside the evidence folder. */
    Path target(String filePath) {
        Path p = dataDir.resolve(filePath).normalize();
        if (!PackageLayout.isSafeEvidencePath(filePath) || !p.startsWith(evidenceDir) || p.equals(evidenceDir)) {
            throw new PackageException(PackageException.Problem.UNSAFE_NAME, filePath);
        }
        return p;
    }

    /** Whether the file is there with this size and hash (hashed only when the size matches). */
    boolean present(String filePath, String sha256, long size) {
        Path p = target(filePath);
        try {
            if (!Files.isRegularFile(p) || Files.size(p) != size) {
                return false;
            }
            return sha256.equals(hash(p));
        } catch (IOException e) {
            return false;
        }
    }

    /** A file written under a temporary name, waiting for {@link #commit()}. */
    private record Pending(Path tmp, Path target) {
    }

    private final List<Pending> pending = Collections.synchronizedList(new ArrayList<>());

    /**
     * Writes the package's file for {@code sha256} beside {@code filePath} under a temporary name,
     * checking its hash on the way; {@link #commit()} then makes it durable and gives it its name.
     *
     * @throws PackageException EVIDENCE_MISSING when the bytes do not match, or another file already
     *                          holds that name
     */
    void copyIn(OpenedPackage pkg, String sha256, long size, String filePath) {
        Path target = target(filePath);
        synchronized (pending) {
            if (pending.stream().anyMatch(p -> p.target().equals(target))) {
                return; // already copied by this import, waiting for commit()
            }
        }
        if (present(filePath, sha256, size)) {
            return;
        }
        if (Files.exists(target)) {
            throw new PackageException(PackageException.Problem.EVIDENCE_MISSING, filePath);
        }
        Path tmp = null;
        boolean kept = false;
        try {
            createFolders(target.getParent());
            tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            MessageDigest md = PackageWriter.sha256();
            long written = 0;
            try (InputStream in = pkg.openEvidence(sha256);
                 OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = in.read(buf)) > 0; ) {
                    written += n;
                    if (written > size) {
                        break;
                    }
                    md.update(buf, 0, n);
                    out.write(buf, 0, n);
                }
            }
            if (written != size || !PackageWriter.hex(md.digest()).equals(sha256)) {
                throw new PackageException(PackageException.Problem.ENTRY_MISMATCH, PackageLayout.evidenceEntry(sha256));
            }
            pending.add(new Pending(tmp, target));
            kept = true;
        } catch (IOException e) {
            throw new PackageException(e, PackageException.Problem.IO, filePath);
        } finally {
            if (tmp != null && !kept) {
                deleteQuietly(tmp);
            }
        }
    }

    /**
     * Forces the written files to disk, then renames them into place and forces their folders: on disk
     * before the database says the photos are there. The forces run side by side because the file system
     * commits concurrent fsyncs together (2,000 photos: a fraction of a second instead of ten).
     */
    void commit() {
        List<Pending> files = new ArrayList<>(pending);
        ExecutorService pool = Executors.newFixedThreadPool(SYNC_THREADS);
        try {
            forceAll(pool, files.stream().map(Pending::tmp).toList(), false);
            for (Pending p : files) {
                try {
                    Files.move(p.tmp(), p.target(), StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(p.tmp(), p.target());
                }
                pending.remove(p);
                created.add(p.target());
            }
            forceAll(pool, files.stream().map(p -> p.target().getParent()).distinct().toList(), true);
        } catch (FileAlreadyExistsException e) {
            throw new PackageException(e, PackageException.Problem.EVIDENCE_MISSING, e.getFile());
        } catch (IOException e) {
            throw new PackageException(e, PackageException.Problem.IO, e.getMessage());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void forceAll(ExecutorService pool, List<Path> paths, boolean folders) throws IOException {
        List<Future<?>> done = new ArrayList<>();
        for (Path p : paths) {
            done.add(pool.submit(() -> {
                try (FileChannel ch = FileChannel.open(p, folders ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
                    ch.force(true);
                } catch (IOException e) {
                    if (!folders) {
                        throw e; // a folder cannot be opened on Windows, where a rename is durable anyway
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("could not delete {}", p, e);
        }
    }

    private synchronized void createFolders(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && p.startsWith(dataDir) && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            created.add(p);
        }
    }

    /** Removes what this instance created (the import did not commit), newest first. */
    void undo() {
        for (Pending p : new ArrayList<>(pending)) {
            deleteQuietly(p.tmp());
        }
        pending.clear();
        List<Path> copy = new ArrayList<>(created);
        Collections.reverse(copy);
        for (Path p : copy) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("could not remove {} after a failed import", p, e);
            }
        }
        created.clear();
    }

    static String hash(Path p) throws IOException {
        MessageDigest md = PackageWriter.sha256();
        try (InputStream in = Files.newInputStream(p)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return PackageWriter.hex(md.digest());
    }
}
