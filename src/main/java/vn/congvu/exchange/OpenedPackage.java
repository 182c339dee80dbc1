package vn.congvu.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A package whose container has been checked: the zip reads, every name is safe and unique, nothing is
 * larger than the limits, the manifest lists exactly the entries there are, and every records entry has
 * the size and SHA-256 the manifest gives (records are kept, to be parsed against the schema). An
 * evidence entry's declared size is checked here and its bytes when they are copied, which an import
 * does before it writes anything to the database.
 */
public final class OpenedPackage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenedPackage.class);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Manifest manifest;
    private final ZipFile zip;
    private final Path decrypted;
    private final Map<String, byte[]> records;
    private final Map<String, Long> evidenceSizes;
    private final boolean encrypted;

    private OpenedPackage(Manifest manifest, ZipFile zip, Path decrypted, Map<String, byte[]> records,
                          Map<String, Long> evidenceSizes) {
        this.manifest = manifest;
        this.zip = zip;
        this.decrypted = decrypted;
        this.records = records;
        this.evidenceSizes = evidenceSizes;
        this.encrypted = decrypted != null;
    }

    /**
     * Opens and checks {@code file}. An encrypted package is first decrypted into a temporary file
     * readable by this user only (the zip format needs random access), deleted on {@link #close()}.
     *
     * @param passphrase needed only when the package is encrypted
     * @throws PackageException when the package cannot be used; nothing has been written anywhere then,
     *                          except the temporary file, which is deleted
     */
    public static OpenedPackage open(Path file, char[] passphrase, PackageLimits limits, int supportedSchema,
                                     PackageCrypto crypto) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PackageCrypto.MAGIC.length);
        } catch (IOException e) {
            throw new PackageException(e, PackageException.Problem.IO, file.toString());
        }
        Path decrypted = null;
        Path zipPath = file;
        if (PackageCrypto.isEncrypted(head)) {
            decrypted = decrypt(file, passphrase, limits, crypto);
            zipPath = decrypted;
        } else if (head.length < 4 || !java.util.Arrays.equals(java.util.Arrays.copyOf(head, 4), ZIP_MAGIC)) {
            throw new PackageException(PackageException.Problem.NOT_A_PACKAGE, file.toString());
        }
        ZipFile zip = null;
        try {
            zip = new ZipFile(zipPath.toFile());
            return check(zip, decrypted, limits, supportedSchema);
        } catch (ZipException e) {
            closeQuietly(zip);
            deleteQuietly(decrypted);
            throw new PackageException(e, PackageException.Problem.DAMAGED, e.getMessage());
        } catch (IOException e) {
            closeQuietly(zip);
            deleteQuietly(decrypted);
            throw new PackageException(e, PackageException.Problem.IO, file.toString());
        } catch (RuntimeException e) {
            closeQuietly(zip);
            deleteQuietly(decrypted);
            throw e;
        }
    }

    private static Path decrypt(Path file, char[] passphrase, PackageLimits limits, PackageCrypto crypto) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("congvu-package-", ".zip");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Windows: the temp folder is the user's own already
            }
            try (InputStream in = Files.newInputStream(file);
                 OutputStream out = new LimitedOutputStream(Files.newOutputStream(tmp), limits.maxTotalSize() + (64L << 20))) {
                crypto.decrypt(in, out, passphrase);
            }
            return tmp;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            if (e instanceof PackageException pe) {
                throw pe;
            }
            if (e instanceof LimitedOutputStream.LimitExceeded) {
                throw new PackageException(e, PackageException.Problem.TOO_LARGE, file.toString());
            }
            throw new PackageException(e, PackageException.Problem.IO, file.toString());
        }
    }

    private static OpenedPackage check(ZipFile zip, Path decrypted, PackageLimits limits, int supportedSchema)
            throws IOException {
        Map<String, ZipEntry> byName = new LinkedHashMap<>();
        long declaredTotal = 0;
        int count = 0;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            if (++count > limits.maxEntries()) {
                throw new PackageException(PackageException.Problem.TOO_LARGE, "entries > " + limits.maxEntries());
            }
            String name = e.getName();
            if (PackageLayout.escapes(name) || e.isDirectory()) {
                throw new PackageException(PackageException.Problem.UNSAFE_NAME, name);
            }
            if (byName.put(name, e) != null) {
                throw new PackageException(PackageException.Problem.DUPLICATE_ENTRY, name);
            }
            checkDeclaredSize(e, limits);
            declaredTotal += Math.max(0, e.getSize());
            if (declaredTotal > limits.maxTotalSize()) {
                throw new PackageException(PackageException.Problem.TOO_LARGE, "total");
            }
        }
        if (count != zip.size()) {
            // the central directory claims more entries than it lists: the same name twice
            throw new PackageException(PackageException.Problem.DUPLICATE_ENTRY, "central directory");
        }
        ZipEntry manifestEntry = byName.remove(PackageLayout.MANIFEST);
        if (manifestEntry == null) {
            throw new PackageException(PackageException.Problem.NOT_A_PACKAGE, "no manifest");
        }
        Manifest manifest = Manifest.parse(readLimited(zip, manifestEntry, PackageLimits.MAX_MANIFEST, limits),
                supportedSchema);

        Set<String> listed = new HashSet<>();
        long total = 0;
        Map<String, byte[]> records = new HashMap<>();
        Map<String, Long> evidence = new HashMap<>();
        for (Manifest.Entry m : manifest.entries()) {
            if (!listed.add(m.name())) {
                throw new PackageException(PackageException.Problem.DUPLICATE_ENTRY, m.name());
            }
            if (PackageLayout.escapes(m.name())) {
                throw new PackageException(PackageException.Problem.UNSAFE_NAME, m.name());
            }
            String table = PackageLayout.tableOf(m.name());
            boolean isEvidence = PackageLayout.isEvidence(m.name());
            if (table == null && !isEvidence) {
                throw new PackageException(PackageException.Problem.UNSAFE_NAME, m.name());
            }
            if (isEvidence && !m.name().endsWith(m.sha256())) {
                throw new PackageException(PackageException.Problem.ENTRY_MISMATCH, m.name());
            }
            ZipEntry e = byName.get(m.name());
            if (e == null) {
                throw new PackageException(PackageException.Problem.DAMAGED, "missing " + m.name());
            }
            if (m.size() < 0 || m.size() > limits.maxEntrySize()) {
                throw new PackageException(PackageException.Problem.TOO_LARGE, m.name());
            }
            total += m.size();
            if (total > limits.maxTotalSize()) {
                throw new PackageException(PackageException.Problem.TOO_LARGE, "total");
            }
            if (table != null) {
                records.put(table, verifyEntry(zip, e, m, limits, true));
            } else {
                // a photo's bytes are hashed when they are copied, before anything is committed; photos an
                // import does not need (a re-import needs none) are never read
                if (e.getSize() >= 0 && e.getSize() != m.size()) {
                    throw new PackageException(PackageException.Problem.ENTRY_MISMATCH, e.getName());
                }
                evidence.put(m.sha256(), m.size());
            }
        }
        for (String name : byName.keySet()) {
            if (!listed.contains(name)) {
                throw new PackageException(PackageException.Problem.UNSAFE_NAME, name);
            }
        }
        return new OpenedPackage(manifest, zip, decrypted, records, evidence);
    }

    private static void checkDeclaredSize(ZipEntry e, PackageLimits limits) {
        long size = e.getSize();
        long compressed = e.getCompressedSize();
        if (size > limits.maxEntrySize()) {
            throw new PackageException(PackageException.Problem.TOO_LARGE, e.getName());
        }
        if (size > PackageLimits.RATIO_FLOOR && compressed > 0 && size / compressed > limits.maxRatio()) {
            throw new PackageException(PackageException.Problem.TOO_LARGE, e.getName());
        }
    }

    /** Reads an entry, never more than its manifest size (plus one byte to notice a longer one). */
    private static byte[] verifyEntry(ZipFile zip, ZipEntry e, Manifest.Entry m, PackageLimits limits, boolean keep)
            throws IOException {
        MessageDigest md = PackageWriter.sha256();
        java.io.ByteArrayOutputStream kept = keep ? new java.io.ByteArrayOutputStream((int) Math.min(m.size(), 1 << 20))
                : null;
        long read = 0;
        try (InputStream in = zip.getInputStream(e)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf, 0, (int) Math.min(buf.length, m.size() + 1 - read))) > 0; ) {
                read += n;
                if (read > m.size()) {
                    break;
                }
                md.update(buf, 0, n);
                if (kept != null) {
                    kept.write(buf, 0, n);
                }
                if (e.getCompressedSize() > 0 && read > PackageLimits.RATIO_FLOOR
                        && read / e.getCompressedSize() > limits.maxRatio()) {
                    throw new PackageException(PackageException.Problem.TOO_LARGE, e.getName());
                }
            }
        } catch (ZipException ze) {
            throw new PackageException(ze, PackageException.Problem.DAMAGED, e.getName());
        }
        if (read != m.size() || !PackageWriter.hex(md.digest()).equals(m.sha256())) {
            throw new PackageException(PackageException.Problem.ENTRY_MISMATCH, e.getName());
        }
        return kept == null ? null : kept.toByteArray();
    }

    private static byte[] readLimited(ZipFile zip, ZipEntry e, long max, PackageLimits limits) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            byte[] b = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
            if (b.length > max) {
                throw new PackageException(PackageException.Problem.TOO_LARGE, e.getName());
            }
            return b;
        } catch (ZipException ze) {
            throw new PackageException(ze, PackageException.Problem.DAMAGED, e.getName());
        }
    }

    public Manifest manifest() {
        return manifest;
    }

    public boolean encrypted() {
        return encrypted;
    }

    /** The raw records of a table, or null when the package has none. */
    byte[] recordsOf(String table) {
        return records.get(table);
    }

    Set<String> tablesPresent() {
        return records.keySet();
    }

    public boolean hasEvidence(String sha256) {
        return evidenceSizes.containsKey(sha256);
    }

    /** The bytes of an evidence file as stored; the reader must check their hash again (the file may have changed). */
    InputStream openEvidence(String sha256) throws IOException {
        ZipEntry e = zip.getEntry(PackageLayout.evidenceEntry(sha256));
        if (e == null) {
            throw new PackageException(PackageException.Problem.EVIDENCE_MISSING, sha256);
        }
        return zip.getInputStream(e);
    }

    long evidenceSize(String sha256) {
        return evidenceSizes.getOrDefault(sha256, -1L);
    }

    @Override
    public void close() {
        closeQuietly(zip);
        deleteQuietly(decrypted);
    }

    private static void closeQuietly(ZipFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                LOG.warn("closing a package failed", e);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("could not delete the temporary file {}", p, e);
            }
        }
    }
}
