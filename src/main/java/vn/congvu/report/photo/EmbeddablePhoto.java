package vn.congvu.report.photo;

import java.util.Objects;

/**
 * A photo ready to go into a document: its bytes as stored (EXIF orientation cleared), its size from the
 * header, and how to turn it upright.
 */
public record EmbeddablePhoto(byte[] bytes, ImageHeader header, Orientation orientation) {

    public EmbeddablePhoto {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(orientation, "orientation");
    }

    /** Width as seen upright, in pixels. */
    public int uprightWidth() {
        return orientation.swapsSides() ? header.heightPx() : header.widthPx();
    }

    /** Height as seen upright, in pixels. */
    public int uprightHeight() {
        return orientation.swapsSides() ? header.widthPx() : header.heightPx();
    }
}
