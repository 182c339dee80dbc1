package vn.congvu.report.photo;

import java.util.Optional;

/**
 * The size of a JPEG or PNG read from its header, and where a JPEG keeps its EXIF orientation. Reading the
 * header instead of decoding the picture is what lets 30 photos of 3 MB go into the minutes in well under a
 * second: the pixels are never touched, Word turns the picture (see {@link Orientation}).
 */
public record ImageHeader(Format format, int widthPx, int heightPx, int orientationOffset, boolean bigEndian) {

    public enum Format {
        JPEG, PNG
    }

    /** No EXIF orientation tag in the file. */
    public static final int NO_ORIENTATION = -1;

    /** The header of a JPEG or PNG, or empty when {@code bytes} are neither or are damaged. */
    public static Optional<ImageHeader> read(byte[] bytes) {
        try {
            if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
                return readJpeg(bytes);
            }
            if (bytes.length > 24 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                    && bytes[12] == 'I' && bytes[13] == 'H' && bytes[14] == 'D' && bytes[15] == 'R') {
                int w = u32(bytes, 16, true);
                int h = u32(bytes, 20, true);
                return w > 0 && h > 0 ? Optional.of(new ImageHeader(Format.PNG, w, h, NO_ORIENTATION, true))
                        : Optional.empty();
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            // a truncated file: treated as unreadable below
        }
        return Optional.empty();
    }

    /**
     * Sets the EXIF orientation in {@code bytes} to 1 (as stored). The document turns the picture itself; a
     * program that also applied the EXIF tag would turn it twice.
     */
    public void clearOrientation(byte[] bytes) {
        if (orientationOffset != NO_ORIENTATION) {
            if (bigEndian) {
                bytes[orientationOffset] = 0;
                bytes[orientationOffset + 1] = 1;
            } else {
                bytes[orientationOffset] = 1;
                bytes[orientationOffset + 1] = 0;
            }
        }
    }

    private static Optional<ImageHeader> readJpeg(byte[] b) {
        int pos = 2;
        int orientationOffset = NO_ORIENTATION;
        boolean bigEndian = true;
        while (pos + 4 <= b.length) {
            if ((b[pos] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            pos += 2;
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                continue; // markers without a length
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return Optional.empty(); // image data or end before any frame header
            }
            int length = u16(b, pos, true);
            if (length < 2 || pos + length > b.length) {
                return Optional.empty();
            }
            if (marker == 0xE1 && orientationOffset == NO_ORIENTATION && isExif(b, pos + 2)) {
                int tiff = pos + 8;
                bigEndian = b[tiff] == 'M';
                orientationOffset = findOrientation(b, tiff, pos + length, bigEndian);
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                int h = u16(b, pos + 3, true);
                int w = u16(b, pos + 5, true);
                return w > 0 && h > 0 ? Optional.of(new ImageHeader(Format.JPEG, w, h, orientationOffset, bigEndian))
                        : Optional.empty();
            }
            pos += length;
        }
        return Optional.empty();
    }

    private static boolean isExif(byte[] b, int at) {
        return at + 6 <= b.length && b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f'
                && b[at + 4] == 0 && b[at + 5] == 0;
    }

    /** The offset of IFD0's orientation value, or {@link #NO_ORIENTATION}. */
    private static int findOrientation(byte[] b, int tiff, int end, boolean bigEndian) {
        if (tiff + 8 > end || u16(b, tiff + 2, bigEndian) != 42) {
            return NO_ORIENTATION;
        }
        int ifd = tiff + u32(b, tiff + 4, bigEndian);
        if (ifd < tiff || ifd + 2 > end) {
            return NO_ORIENTATION;
        }
        int entries = u16(b, ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                break;
            }
            if (u16(b, entry, bigEndian) == 0x0112 && u16(b, entry + 2, bigEndian) == 3) {
                return entry + 8;
            }
        }
        return NO_ORIENTATION;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        int hi = bigEndian ? b[at] & 0xFF : b[at + 1] & 0xFF;
        int lo = bigEndian ? b[at + 1] & 0xFF : b[at] & 0xFF;
        return hi << 8 | lo;
    }

    private static int u32(byte[] b, int at, boolean bigEndian) {
        return bigEndian ? u16(b, at, true) << 16 | u16(b, at + 2, true) : u16(b, at + 2, false) << 16 | u16(b, at, false);
    }
}
