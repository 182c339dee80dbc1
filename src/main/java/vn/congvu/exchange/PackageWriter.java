package vn.congvu.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the zip of a package: records deflated, evidence files stored as they are (photos do not
 * compress, and stored entries read back at disk speed), and the manifest with every entry's size and
 * SHA-256 last, once they are known.
 */
final class PackageWriter implements AutoCloseable {

    private final ZipOutputStream zip;
    private final long entryTime;
    private final List<Manifest.Entry> entries = new ArrayList<>();

    /** @param entryTime the time stamped on entries (the package's creation), so nothing else leaks */
    PackageWriter(OutputStream out, long entryTime) {
        this.zip = new ZipOutputStream(out);
        this.entryTime = entryTime;
    }

    void addRecords(TableData data) throws IOException {
        byte[] bytes = data.toJson();
        String name = PackageLayout.recordsEntry(data.table());
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.DEFLATED);
        e.setTime(entryTime);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
        entries.add(new Manifest.Entry(name, bytes.length, hex(sha256().digest(bytes))));
    }

    /**
     * Adds an evidence file under its hash. The file is read once to check it is still what its record
     * says (a damaged photo must not travel as if it were good) and to compute the CRC a stored entry
     * needs up front, then once more to copy it.
     *
     * @throws PackageException EVIDENCE_MISSING when the file is missing or no longer matches
     */
    void addEvidence(String sha256, long size, Path file) throws IOException {
        CRC32 crc = new CRC32();
        MessageDigest md = sha256();
        long read = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                crc.update(buf, 0, n);
                md.update(buf, 0, n);
                read += n;
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new PackageException(e, PackageException.Problem.EVIDENCE_MISSING, file.toString());
        }
        if (read != size || !hex(md.digest()).equals(sha256)) {
            throw new PackageException(PackageException.Problem.EVIDENCE_MISSING, file.toString());
        }
        String name = PackageLayout.evidenceEntry(sha256);
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(size);
        e.setCompressedSize(size);
        e.setCrc(crc.getValue());
        e.setTime(entryTime);
        zip.putNextEntry(e);
        MessageDigest check = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), check)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
        if (!hex(check.digest()).equals(sha256)) {
            // changed between the two reads: the zip's CRC check would fail on the other side anyway
            throw new PackageException(PackageException.Problem.EVIDENCE_MISSING, file.toString());
        }
        entries.add(new Manifest.Entry(name, size, sha256));
    }

    List<Manifest.Entry> entries() {
        return List.copyOf(entries);
    }

    void finish(Manifest manifest) throws IOException {
        ZipEntry e = new ZipEntry(PackageLayout.MANIFEST);
        e.setTime(entryTime);
        zip.putNextEntry(e);
        zip.write(manifest.toJson());
        zip.closeEntry();
        zip.finish();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
