package vn.congvu.report.photo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads an evidence photo for a document. A photo that cannot go in is not an error: the document says so in
 * the photo's caption, because minutes must still be printed and signed at the counter when a file was lost.
 */
public final class PhotoLoader {

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

        static Result failed(Problem problem) {
            return new Result(null, problem);
        }
    }

    public Result load(Request request) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(request.path());
        } catch (NoSuchFileException e) {
            return Result.failed(Problem.MISSING);
        } catch (IOException | OutOfMemoryError e) {
            return Result.failed(Files.exists(request.path()) ? Problem.UNREADABLE : Problem.MISSING);
        }
        if (request.sha256() != null && !request.sha256().isBlank()
                && !request.sha256().equalsIgnoreCase(sha256(bytes))) {
            return Result.failed(Problem.CHANGED);
        }
        Optional<ImageHeader> header = ImageHeader.read(bytes);
        if (header.isEmpty()) {
            return Result.failed(Problem.NOT_A_PICTURE);
        }
        header.get().clearOrientation(bytes);
        return Result.of(new EmbeddablePhoto(bytes, header.get(), Orientation.ofExif(request.exifOrientation())));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
