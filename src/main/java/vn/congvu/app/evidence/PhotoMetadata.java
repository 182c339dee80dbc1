package vn.congvu.app.evidence;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What a photo says about itself: when it was taken (EXIF DateTimeOriginal, the camera's local time, kept
 * without a zone like every counter time) and which way up it goes.
 *
 * @param takenAt null when the file does not say (scans, screenshots, PDFs, photos stripped by a messenger)
 */
public record PhotoMetadata(LocalDateTime takenAt, ExifOrientation orientation) {

    private static final Logger LOG = LoggerFactory.getLogger(PhotoMetadata.class);
    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    public static final PhotoMetadata NONE = new PhotoMetadata(null, ExifOrientation.NORMAL);

    /**
     * Reads the metadata of {@code file}. Damaged or missing metadata is not an error: the photo is still
     * evidence, it only has no time and is shown as stored.
     */
    public static PhotoMetadata read(Path file, MediaKind kind) {
        if (!kind.isPhoto()) {
            return NONE;
        }
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(file.toFile());
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            LOG.info("no readable metadata in {}: {}", file.getFileName(), e.toString());
            return NONE;
        }
        ExifOrientation orientation = ExifOrientation.NORMAL;
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
            try {
                orientation = ExifOrientation.of(ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION));
            } catch (MetadataException e) {
                LOG.info("unreadable orientation in {}", file.getFileName());
            }
        }
        LocalDateTime takenAt = null;
        for (ExifSubIFDDirectory exif : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            takenAt = parseTime(exif.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL));
            if (takenAt != null) {
                break;
            }
        }
        return new PhotoMetadata(takenAt, orientation);
    }

    /** "2025:03:05 09:12:30" as written by cameras; blank, zeroed ("0000:00:00 …") or garbled gives null. */
    static LocalDateTime parseTime(String exif) {
        if (exif == null) {
            return null;
        }
        String s = exif.trim().replace('\u0000', ' ').trim();
        if (s.length() < 19) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.substring(0, 19), EXIF_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
