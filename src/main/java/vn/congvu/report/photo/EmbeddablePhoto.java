package vn.congvu.report.photo;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A photo checked and ready to go into a document: the file, its size and header, and how to turn it upright.
 * The bytes stay on disk: the document writer copies them straight into the .docx (see
 * {@code report.word.MediaFiles}), so 100 MB of photos never pass through the heap.
 */
public record EmbeddablePhoto(Path file, long sizeBytes, ImageHeader header, Orientation orientation) {

    public EmbeddablePhoto {
        Objects.requireNonNull(file, "file");
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
