package vn.congvu.testing;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * JPEG photos as a phone stores them: the pixels as the sensor saw them and an EXIF orientation that says
 * how to turn them upright. The upright picture is an arrow pointing up with a label under it, so a rendered
 * page shows at a glance whether it was turned right. The EXIF segment is written by hand (IFD0 with the
 * Orientation tag only): that is all readers need, and it avoids a library just for tests.
 */
public final class TestPhotos {

    /** the noise amplitude that makes a 4000 × 3000 photo about 3 MB */
    private static final int NOISE = 28;

    private TestPhotos() {
    }

    /** A JPEG whose upright view is {@code width} × {@code height}, stored as EXIF {@code orientation} says. */
    public static byte[] jpeg(int width, int height, int orientation, String label) {
        return withExifOrientation(encode(stored(upright(width, height, label, 0), orientation), 0.9f), orientation);
    }

    /**
     * A photo like a 12-megapixel phone picture for the benchmark: 4000 × 3000 with fine noise (which defeats
     * compression as a real scene does) comes to about 3 MB at quality 0.9.
     */
    public static byte[] largeJpeg(int width, int height, int orientation, long seed) {
        BufferedImage up = upright(width, height, "ẢNH " + seed, seed);
        return withExifOrientation(encode(stored(up, orientation), 0.9f), orientation);
    }

    public static BufferedImage upright(int width, int height, String label, long noiseSeed) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(235, 240, 245));
        g.fillRect(0, 0, width, height);
        if (noiseSeed != 0) {
            Random random = new Random(noiseSeed);
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int v = 180 + random.nextInt(NOISE);
                    row[x] = (v << 16) | ((v - 10) << 8) | (v - 20);
                }
                img.setRGB(0, y, width, 1, row, 0, width);
            }
        }
        int cx = width / 2;
        g.setColor(new Color(200, 30, 30));
        g.fillPolygon(new int[] {cx, cx - width / 4, cx + width / 4}, new int[] {height / 10, height * 4 / 10, height * 4 / 10}, 3);
        g.fillRect(cx - width / 12, height * 4 / 10, width / 6, height * 4 / 10);
        g.setColor(new Color(20, 40, 160));
        g.setStroke(new BasicStroke(Math.max(2, width / 100f)));
        g.drawRect(width / 40, height / 40, width - width / 20, height - height / 20);
        g.setFont(new Font(Font.SERIF, Font.BOLD, Math.max(12, height / 12)));
        g.drawString(label, width / 20, height * 19 / 20);
        g.dispose();
        return img;
    }

    /** The pixels a camera stores so that turning them as {@code orientation} says shows {@code upright}. */
    static BufferedImage stored(BufferedImage upright, int orientation) {
        int w = upright.getWidth();
        int h = upright.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        int sw = out.getWidth();
        int sh = out.getHeight();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = sh - 1 - x; }
                    case 7 -> { sx = sw - 1 - y; sy = sh - 1 - x; }
                    case 8 -> { sx = sw - 1 - y; sy = x; }
                    default -> { sx = x; sy = y; }
                }
                out.setRGB(sx, sy, upright.getRGB(x, y));
            }
        }
        return out;
    }

    static byte[] encode(BufferedImage img, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.write(null, new IIOImage(img, null, null), param);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Inserts an APP1 "Exif" segment right after SOI: a big-endian TIFF header and IFD0 with one entry,
     * Orientation (0x0112, SHORT, 1 value). ImageIO writes a JFIF APP0 first; EXIF readers accept APP1 anywhere
     * among the APPn segments.
     */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {
                'M', 'M', 0, 42, 0, 0, 0, 8,          // big-endian, IFD0 at offset 8
                0, 1,                                  // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1,          // Orientation, SHORT, count 1
                0, (byte) orientation, 0, 0,           // value, left-justified
                0, 0, 0, 0};                           // no next IFD
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        int length = exif.length + 2;
        byte[] out = new byte[jpeg.length + 4 + exif.length];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xD8;
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xE1;
        out[4] = (byte) (length >> 8);
        out[5] = (byte) length;
        System.arraycopy(exif, 0, out, 6, exif.length);
        System.arraycopy(jpeg, 2, out, 6 + exif.length, jpeg.length - 2);
        return out;
    }
}
