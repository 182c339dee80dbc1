package vn.congvu.app.export;

import java.nio.file.Path;

/**
 * What an export wrote: the file (perhaps the alternative name), its size, and how many evidence photos could
 * not go in (their captions in the document say why) — for the message beside "Mở tệp" and "Mở thư mục".
 */
public record ExportResult(Path file, long sizeBytes, int photosLeftOut) {

    /** The folder to open for "Mở thư mục". */
    public Path folder() {
        return file.toAbsolutePath().getParent();
    }
}
