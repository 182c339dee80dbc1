package vn.congvu.app.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file kept as evidence, told by their first bytes rather than by their name: a photo renamed
 * ".pdf" by a messaging app is still a photo, and a name says nothing about what a file holds.
 */
public enum MediaKind {
    JPEG("image/jpeg", "jpg", true),
    PNG("image/png", "png", true),
    GIF("image/gif", "gif", true),
    BMP("image/bmp", "bmp", true),
    TIFF("image/tiff", "tif", false),
    WEBP("image/webp", "webp", false),
    HEIC("image/heic", "heic", false),
    PDF("application/pdf", "pdf", false);

    /** The extensions the file chooser offers. */
    public static final String[] CHOOSER_PATTERNS = {"*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp", "*.tif", "*.tiff",
            "*.webp", "*.heic", "*.heif", "*.pdf", "*.JPG", "*.JPEG", "*.PNG", "*.PDF", "*.HEIC", "*.TIF", "*.TIFF"};

    private static final int HEADER = 16;

    private final String mediaType;
    private final String extension;
    private final boolean thumbnail;

    MediaKind(String mediaType, String extension, boolean thumbnail) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.thumbnail = thumbnail;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension of the kept copy, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the desktop can draw a thumbnail of it (JavaFX decodes JPEG, PNG, GIF and BMP). */
    public boolean hasThumbnail() {
        return thumbnail;
    }

    public boolean isPhoto() {
        return this != PDF;
    }

    public static Optional<MediaKind> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(k -> k.mediaType.equals(mediaType)).findFirst();
    }

    /** What the file holds, from its first bytes; empty when it is none of the kinds kept. */
    public static Optional<MediaKind> detect(Path file) throws IOException {
        byte[] head = new byte[HEADER];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, HEADER);
        }
        return detect(Arrays.copyOf(head, n));
    }

    static Optional<MediaKind> detect(byte[] h) {
        if (starts(h, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(h, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (ascii(h, 0, "GIF87a") || ascii(h, 0, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (ascii(h, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (starts(h, 'I', 'I', 0x2A, 0x00) || starts(h, 'M', 'M', 0x00, 0x2A)) {
            return Optional.of(TIFF);
        }
        if (ascii(h, 0, "RIFF") && ascii(h, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (ascii(h, 4, "ftyp") && (ascii(h, 8, "heic") || ascii(h, 8, "heix") || ascii(h, 8, "heif")
                || ascii(h, 8, "mif1") || ascii(h, 8, "msf1") || ascii(h, 8, "hevc"))) {
            return Optional.of(HEIC);
        }
        // "BM" alone is a weak sign: also ask for the header's reserved zero bytes
        if (ascii(h, 0, "BM") && h.length >= 10 && h[6] == 0 && h[7] == 0 && h[8] == 0 && h[9] == 0) {
            return Optional.of(BMP);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] h, int... bytes) {
        if (h.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((h[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] h, int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return h.length >= at + b.length && Arrays.equals(h, at, at + b.length, b, 0, b.length);
    }
}
