package vn.congvu.report.word;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.congvu.report.photo.EmbeddablePhoto;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * Saves a Word document to a file. Photos are copied from their files into their media entries (see
 * {@link MediaFiles}) and stored as they are, not deflated: JPEG does not shrink (under 1 %), and deflating the
 * 100 MB of a visit with 30 photos took longer than everything else put together. Other parts are deflated at
 * the fastest level: they are small XML. OPC allows both methods and Word, LibreOffice and POI read them.
 */
public final class DocxFile {

    private DocxFile() {
    }

    public static void save(XWPFDocument document, Path file) throws IOException {
        save(document, file, new MediaFiles());
    }

    static void save(XWPFDocument document, Path file, MediaFiles media) throws IOException {
        // A seekable file lets stored entries be written without knowing their CRC in advance.
        try (ZipArchiveOutputStream zip = new MediaStoringZip(file, media)) {
            zip.setLevel(Deflater.BEST_SPEED);
            document.write(zip); // POI finishes the archive itself
        }
    }

    /** Stores already-compressed media, deflates the rest, and puts photo files in place of their placeholders. */
    private static final class MediaStoringZip extends ZipArchiveOutputStream {

        private final MediaFiles media;
        private EmbeddablePhoto substitute;

        MediaStoringZip(Path file, MediaFiles media) throws IOException {
            super(file);
            this.media = media;
        }

        @Override
        public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
            if (isCompressedMedia(entry.getName())) {
                entry.setMethod(ZipEntry.STORED);
            }
            substitute = media.photoFor(entry.getName());
            super.putArchiveEntry(entry);
        }

        @Override
        public void write(byte[] b, int offset, int length) throws IOException {
            if (substitute == null) {
                super.write(b, offset, length);
            }
        }

        @Override
        public void closeArchiveEntry() throws IOException {
            if (substitute != null) {
                EmbeddablePhoto photo = substitute;
                substitute = null;
                MediaFiles.copy(photo, this);
            }
            super.closeArchiveEntry();
        }

        private static boolean isCompressedMedia(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.contains("/media/") && (lower.endsWith(".jpeg") || lower.endsWith(".jpg")
                    || lower.endsWith(".png") || lower.endsWith(".gif"));
        }
    }
}
