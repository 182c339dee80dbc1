package vn.congvu.report.word;

import vn.congvu.report.photo.EmbeddablePhoto;
import vn.congvu.report.photo.ImageHeader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * The photos of one document, kept on disk until the document is saved. While rendering, each photo goes into
 * the document as a small unique placeholder; when the .docx is written, {@link DocxFile} copies the photo's
 * file into that media entry instead, clearing its EXIF orientation on the way (the drawing turns the picture;
 * a program that also applied the tag would turn it twice). Made per document: not shared between renders.
 */
public final class MediaFiles {

    private static final int BUFFER = 256 * 1024;

    private final Map<String, EmbeddablePhoto> byEntry = new HashMap<>();
    private int next;

    /** Distinct bytes for each photo: POI would merge identical pictures into one part. */
    byte[] placeholder() {
        return ("congvu-photo-" + (++next)).getBytes(StandardCharsets.US_ASCII);
    }

    /** Records that the part named {@code partName} (e.g. "/word/media/image3.jpeg") holds {@code photo}. */
    void bind(String partName, EmbeddablePhoto photo) {
        byEntry.put(entryName(partName), photo);
    }

    EmbeddablePhoto photoFor(String zipEntryName) {
        return byEntry.get(entryName(zipEntryName));
    }

    private static String entryName(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }

    /** Copies the photo's file to {@code out}, with its EXIF orientation set to 1. */
    static void copy(EmbeddablePhoto photo, OutputStream out) throws IOException {
        ImageHeader header = photo.header();
        long patchAt = header.orientationOffset();
        byte[] buffer = new byte[BUFFER];
        long position = 0;
        try (InputStream in = Files.newInputStream(photo.file())) {
            // the SHORT value 1 in the file's byte order; its two bytes may fall in two reads
            byte[] one = header.bigEndian() ? new byte[] {0, 1} : new byte[] {1, 0};
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (patchAt != ImageHeader.NO_ORIENTATION) {
                    for (int k = 0; k < 2; k++) {
                        long at = patchAt + k;
                        if (at >= position && at < position + n) {
                            buffer[(int) (at - position)] = one[k];
                        }
                    }
                }
                out.write(buffer, 0, n);
                position += n;
            }
        }
    }
}
