package vn.congvu.report.photo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.testing.DocumentFixture;
import vn.congvu.testing.TestPhotos;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ImageHeaderTest {

    @TempDir
    Path dir;

    @Test
    void aJpegsSizeAndOrientationComeFromItsHeaderAlone() throws Exception {
        byte[] jpeg = TestPhotos.jpeg(400, 300, 6, "X");
        ImageHeader h = ImageHeader.read(jpeg).orElseThrow();
        assertThat(h.format()).isEqualTo(ImageHeader.Format.JPEG);
        // stored sideways: 300 wide, 400 tall
        assertThat(h.widthPx()).isEqualTo(300);
        assertThat(h.heightPx()).isEqualTo(400);
        assertThat(jpeg[h.orientationOffset() + 1]).isEqualTo((byte) 6);
        // metadata-extractor, the library the evidence import uses, reads the same tag
        var exif = com.drew.imaging.ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(jpeg))
                .getFirstDirectoryOfType(com.drew.metadata.exif.ExifIFD0Directory.class);
        assertThat(exif.getInt(com.drew.metadata.exif.ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);

        h.clearOrientation(jpeg);
        assertThat(jpeg[h.orientationOffset() + 1]).isEqualTo((byte) 1);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(jpeg))).as("still a valid JPEG").isNotNull();
    }

    @Test
    void aPngsSizeIsReadAndItHasNoOrientation() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(TestPhotos.upright(120, 80, "P", 0), "png", png);
        ImageHeader h = ImageHeader.read(png.toByteArray()).orElseThrow();
        assertThat(h.format()).isEqualTo(ImageHeader.Format.PNG);
        assertThat(h.widthPx()).isEqualTo(120);
        assertThat(h.heightPx()).isEqualTo(80);
        assertThat(h.orientationOffset()).isEqualTo(ImageHeader.NO_ORIENTATION);
    }

    @Test
    void garbageAndTruncatedFilesAreNotPictures() {
        assertThat(ImageHeader.read("%PDF-1.7 a scanned paper".getBytes())).isEmpty();
        assertThat(ImageHeader.read(new byte[0])).isEmpty();
        byte[] jpeg = TestPhotos.jpeg(200, 100, 1, "X");
        assertThat(ImageHeader.read(Arrays.copyOf(jpeg, 30))).isEmpty();
    }

    @Test
    void theLoaderSaysWhyAPhotoCannotGoIn() throws Exception {
        PhotoLoader loader = new PhotoLoader();
        assertThat(loader.load(new PhotoLoader.Request(dir.resolve("gone.jpg"), null, 1)).problem())
                .isEqualTo(PhotoLoader.Problem.MISSING);
        Path text = Files.writeString(dir.resolve("note.jpg"), "not a picture");
        assertThat(loader.load(new PhotoLoader.Request(text, null, 1)).problem()).isEqualTo(PhotoLoader.Problem.NOT_A_PICTURE);
        byte[] jpeg = TestPhotos.jpeg(200, 100, 3, "X");
        Path photo = Files.write(dir.resolve("p.jpg"), jpeg);
        assertThat(loader.load(new PhotoLoader.Request(photo, "00".repeat(32), 3)).problem())
                .isEqualTo(PhotoLoader.Problem.CHANGED);
        PhotoLoader.Result ok = loader.load(new PhotoLoader.Request(photo, DocumentFixture.sha256(jpeg), 3));
        assertThat(ok.problem()).isNull();
        assertThat(ok.photo().orientation().clockwiseDegrees()).isEqualTo(180);
    }

    @Test
    void everyExifOrientationMapsToMirrorThenTurn() {
        assertThat(Orientation.ofExif(1)).isEqualTo(Orientation.UPRIGHT);
        assertThat(Orientation.ofExif(6).clockwiseDegrees()).isEqualTo(90);
        assertThat(Orientation.ofExif(8).clockwiseDegrees()).isEqualTo(270);
        assertThat(Orientation.ofExif(5)).isEqualTo(new Orientation(5, 90, false, true));
        assertThat(Orientation.ofExif(7)).isEqualTo(new Orientation(7, 90, true, false));
        assertThat(Orientation.ofExif(2).flipH()).isTrue();
        assertThat(Orientation.ofExif(4).flipV()).isTrue();
        assertThat(Orientation.ofExif(0)).isEqualTo(Orientation.UPRIGHT);
        assertThat(Orientation.ofExif(6).swapsSides()).isTrue();
    }
}
