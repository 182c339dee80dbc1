package vn.congvu.app.evidence;

/**
 * The eight EXIF orientations (tag 0x0112): how the stored pixels must be turned to be seen the right way
 * up. Cameras and phones store the sensor's rows as they come and only write this tag, so a photo taken
 * with the phone upright is stored on its side and tagged 6. Viewers that ignore the tag show it sideways.
 */
public enum ExifOrientation {
    /** stored as seen */
    NORMAL(1),
    /** stored mirrored left–right */
    MIRROR_HORIZONTAL(2),
    /** stored upside down */
    ROTATE_180(3),
    /** stored mirrored top–bottom */
    MIRROR_VERTICAL(4),
    /** stored mirrored across the main diagonal */
    TRANSPOSE(5),
    /** to be turned a quarter clockwise */
    ROTATE_90_CW(6),
    /** stored mirrored across the other diagonal */
    TRANSVERSE(7),
    /** to be turned a quarter anticlockwise */
    ROTATE_90_CCW(8);

    private final int tag;

    ExifOrientation(int tag) {
        this.tag = tag;
    }

    /** The value of the EXIF tag, 1–8. */
    public int tag() {
        return tag;
    }

    /** The orientation for a tag value; anything outside 1–8 (missing, damaged) counts as {@link #NORMAL}. */
    public static ExifOrientation of(int tag) {
        return tag >= 1 && tag <= 8 ? values()[tag - 1] : NORMAL;
    }

    /** Whether width and height trade places when the picture is shown upright. */
    public boolean swapsSides() {
        return tag >= 5;
    }

    /** Width of the upright picture, for stored pixels {@code width × height}. */
    public int shownWidth(int width, int height) {
        return swapsSides() ? height : width;
    }

    public int shownHeight(int width, int height) {
        return swapsSides() ? width : height;
    }

    /**
     * Where the pixel seen at ({@code x}, {@code y}) of the upright picture is stored, for stored pixels
     * {@code width × height}. Returned as {@code {storedX, storedY}}. Follows the definition of the tag: value
     * 6 says "the stored 0th row is the visual right-hand side, the 0th column the visual top".
     */
    public int[] storedPixel(int x, int y, int width, int height) {
        return switch (this) {
            case NORMAL -> new int[] {x, y};
            case MIRROR_HORIZONTAL -> new int[] {width - 1 - x, y};
            case ROTATE_180 -> new int[] {width - 1 - x, height - 1 - y};
            case MIRROR_VERTICAL -> new int[] {x, height - 1 - y};
            case TRANSPOSE -> new int[] {y, x};
            case ROTATE_90_CW -> new int[] {y, height - 1 - x};
            case TRANSVERSE -> new int[] {width - 1 - y, height - 1 - x};
            case ROTATE_90_CCW -> new int[] {width - 1 - y, x};
        };
    }
}
