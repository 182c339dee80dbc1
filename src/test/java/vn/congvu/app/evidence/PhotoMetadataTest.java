package vn.congvu.app.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congvu.testing.Jpegs;

import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoMetadataTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void theOrientationAndTimeOfAPhotoAreRead(int tag) throws Exception {
        Path photo = Jpegs.photo(dir.resolve("p" + tag + ".jpg"), tag, "2025:03:05 09:12:30");
        PhotoMetadata meta = PhotoMetadata.read(photo, MediaKind.JPEG);
        assertThat(meta.orientation().tag()).isEqualTo(tag);
        assertThat(meta.takenAt()).isEqualTo(LocalDateTime.of(2025, 3, 5, 9, 12, 30));
    }

    @Test
    void aPhotoWithoutExifHasNoTimeAndIsUpright() throws Exception {
        Path photo = Jpegs.photo(dir.resolve("plain.jpg"), 1, null);
        assertThat(PhotoMetadata.read(Jpegs.write(photo, javax.imageio.ImageIO.read(photo.toFile()), null, null),
                MediaKind.JPEG)).isEqualTo(PhotoMetadata.NONE);
    }

    @Test
    void zeroedOrGarbledCameraTimesAreNoTime() {
        assertThat(PhotoMetadata.parseTime("0000:00:00 00:00:00")).isNull();
        assertThat(PhotoMetadata.parseTime("    :  :     :  :  ")).isNull();
        assertThat(PhotoMetadata.parseTime("")).isNull();
        assertThat(PhotoMetadata.parseTime("2025:03:05 09:12:30\u0000")).isEqualTo(LocalDateTime.of(2025, 3, 5, 9, 12, 30));
    }
}
