package vn.congvu.report.photo;

/**
 * How to show a photo upright, from its EXIF orientation (1–8), as a DrawingML transform: Word and
 * LibreOffice mirror a picture first, then turn it clockwise. Checked by rendering all eight in LibreOffice
 * (docs/templates.md, "Photos").
 */
public record Orientation(int exif, int clockwiseDegrees, boolean flipH, boolean flipV) {

    public static final Orientation UPRIGHT = new Orientation(1, 0, false, false);

    /** Unknown or out-of-range values are shown as stored. */
    public static Orientation ofExif(int exif) {
        return switch (exif) {
            case 2 -> new Orientation(2, 0, true, false);
            case 3 -> new Orientation(3, 180, false, false);
            case 4 -> new Orientation(4, 0, false, true);
            case 5 -> new Orientation(5, 90, false, true);
            case 6 -> new Orientation(6, 90, false, false);
            case 7 -> new Orientation(7, 90, true, false);
            case 8 -> new Orientation(8, 270, false, false);
            default -> UPRIGHT;
        };
    }

    /** Whether the upright picture is the stored one turned a quarter, so its width and height swap. */
    public boolean swapsSides() {
        return clockwiseDegrees % 180 != 0;
    }
}
