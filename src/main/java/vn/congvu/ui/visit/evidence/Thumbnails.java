package vn.congvu.ui.visit.evidence;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import vn.congvu.app.evidence.ExifOrientation;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Small pictures of photos, turned the right way up. JavaFX decodes the stored pixels and ignores the EXIF
 * orientation, so a phone photo would show on its side: the pixels are rearranged here, once, off the FX
 * thread, rather than rotating the view (which would leave its layout size wrong).
 */
public interface Thumbnails {

    /**
     * The picture of {@code file} fitting a {@code box × box} square, upright.
     *
     * @throws IOException the file is missing or cannot be decoded
     */
    Image load(Path file, ExifOrientation orientation, double box) throws IOException;

    /** Decodes with JavaFX, scaled down while decoding (a 12-megapixel photo never sits whole in memory). */
    Thumbnails JAVAFX = (file, orientation, box) -> {
        // scaling happens before turning, so ask for the box on both sides: the turned picture fits it too
        Image stored = new Image(file.toUri().toString(), box, box, true, true, false);
        if (stored.isError() || stored.getWidth() <= 0) {
            Exception e = stored.getException();
            throw new IOException("cannot decode " + file.getFileName(), e);
        }
        return upright(stored, orientation);
    };

    /** {@code stored} turned as its EXIF orientation says; the same image when it is already upright. */
    static Image upright(Image stored, ExifOrientation orientation) {
        if (orientation == ExifOrientation.NORMAL) {
            return stored;
        }
        int w = (int) stored.getWidth();
        int h = (int) stored.getHeight();
        int shownWidth = orientation.shownWidth(w, h);
        int shownHeight = orientation.shownHeight(w, h);
        PixelReader in = stored.getPixelReader();
        WritableImage out = new WritableImage(shownWidth, shownHeight);
        PixelWriter px = out.getPixelWriter();
        for (int y = 0; y < shownHeight; y++) {
            for (int x = 0; x < shownWidth; x++) {
                int[] s = orientation.storedPixel(x, y, w, h);
                px.setArgb(x, y, in.getArgb(s[0], s[1]));
            }
        }
        return out;
    }
}
