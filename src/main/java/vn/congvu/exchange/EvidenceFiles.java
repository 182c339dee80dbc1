package vn.congvu.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
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

/**
 * Evidence files in the data folder ({@code evidence/…} beside the database). A file from a package is
 * written to a hidden temporary name in its final folder, hashed as it is written, forced to disk and
 * only then renamed into place, so a crash or a bad byte never leaves a partial photo under a name a
 * record points to. Existing files are never overwritten.
 */
final class EvidenceFiles {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceFiles.class);

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

    /**
     * Copies the package's file for {@code sha256} to {@code filePath}, checking its hash on the way.
     *
     * @throws PackageException EVIDENCE_MISSING when the bytes do not match, or another file already
     *                          holds that name
     */
    void copyIn(OpenedPackage pkg, String sha256, long size, String filePath) {
        Path target = target(filePath);
        if (present(filePath, sha256, size)) {
            return;
        }
        if (Files.exists(target)) {
            throw new PackageException(PackageException.Problem.EVIDENCE_MISSING, filePath);
        }
        Path tmp = null;
        try {
            createFolders(target.getParent());
            tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            MessageDigest md = PackageWriter.sha256();
            long written = 0;
            try (InputStream in = pkg.openEvidence(sha256);
                 FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(ch)) {
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = in.read(buf)) > 0; ) {
                    written += n;
                    if (written > size) {
                        break;
                    }
                    md.update(buf, 0, n);
                    out.write(buf, 0, n);
                }
                out.flush();
                ch.force(true); // on disk before the database says the photo is here
            }
            if (written != size || !PackageWriter.hex(md.digest()).equals(sha256)) {
                throw new PackageException(PackageException.Problem.EVIDENCE_MISSING, filePath);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            tmp = null;
            created.add(target);
        } catch (FileAlreadyExistsException e) {
            throw new PackageException(e, PackageException.Problem.EVIDENCE_MISSING, filePath);
        } catch (IOException e) {
            throw new PackageException(e, PackageException.Problem.IO, filePath);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("could not delete {}", tmp, e);
                }
            }
        }
    }

    private void createFolders(Path dir) throws IOException {
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
