package vn.congvu.report.photo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Checks an evidence photo for a document: it is there, it is the file recorded (SHA-256), and it is a JPEG or
 * PNG whose size the header gives. The file is read once, in a small buffer, keeping only its beginning for
 * the header. A photo that cannot go in is not an error: the document says so in the photo's caption, because
 * minutes must still be printed and signed at the counter when a file was lost.
 */
public final class PhotoLoader {

    /** Headers sit at the start; EXIF with its thumbnail and an ICC profile fit well within this. */
    static final int HEADER_BYTES = 512 * 1024;
    private static final int BUFFER = 256 * 1024;

    /** Why a photo is not in the document. */
    public enum Problem {
        /** no file at the recorded path */
        MISSING,
        /** the file exists but cannot be read */
        UNREADABLE,
        /** not a JPEG or PNG (Word shows no other kind reliably), or a damaged one */
        NOT_A_PICTURE,
        /** the file's SHA-256 differs from the one recorded with it: not the photo taken */
        CHANGED
    }

    /** A photo to load: where it is, the hash recorded with it (null to skip the check), its EXIF orientation. */
    public record Request(Path path, String sha256, int exifOrientation) {
    }

    /** Exactly one of {@code photo} and {@code problem} is set. */
    public record Result(EmbeddablePhoto photo, Problem problem) {

        static Result of(EmbeddablePhoto photo) {
            return new Result(photo, null);
        }

        public static Result failed(Problem problem) {
            return new Result(null, problem);
        }
    }

    public Result load(Request request) {
        MessageDigest digest = sha256();
        byte[] head;
        long size = 0;
        try (InputStream in = Files.newInputStream(request.path())) {
            byte[] buffer = new byte[BUFFER];
            head = new byte[HEADER_BYTES];
            int headLength = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                if (headLength < head.length) {
                    int take = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                size += n;
            }
            head = Arrays.copyOf(head, headLength);
        } catch (NoSuchFileException e) {
            return Result.failed(Problem.MISSING);
        } catch (IOException e) {
            return Result.failed(Files.exists(request.path()) ? Problem.UNREADABLE : Problem.MISSING);
        }
        if (request.sha256() != null && !request.sha256().isBlank()
                && !request.sha256().equalsIgnoreCase(HexFormat.of().formatHex(digest.digest()))) {
            return Result.failed(Problem.CHANGED);
        }
        Optional<ImageHeader> header = ImageHeader.read(head);
        if (header.isEmpty() && size > head.length) {
            header = wholeFileHeader(request.path());
        }
        return header.map(h -> Result.of(new EmbeddablePhoto(request.path(), sizeOf(request.path(), h), h,
                Orientation.ofExif(request.exifOrientation())))).orElseGet(() -> Result.failed(Problem.NOT_A_PICTURE));
    }

    private static long sizeOf(Path path, ImageHeader header) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    /** A JPEG with unusually large segments before its frame header: read it all (rare). */
    private static Optional<ImageHeader> wholeFileHeader(Path path) {
        try {
            return ImageHeader.read(Files.readAllBytes(path));
        } catch (IOException | OutOfMemoryError e) {
            return Optional.empty();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
