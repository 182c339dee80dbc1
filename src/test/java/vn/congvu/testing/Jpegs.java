package vn.congvu.testing;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JPEG files as cameras write them, made in tests: pixels encoded by ImageIO, and an APP1 "Exif" segment
 * written here byte by byte with the Orientation tag (IFD0, 0x0112) and DateTimeOriginal (Exif IFD, 0x9003).
 */
public final class Jpegs {

    private Jpegs() {
    }

    /** A picture in four coloured quarters: top-left, top-right, bottom-left, bottom-right. */
    public static BufferedImage quarters(int width, int height, Color topLeft, Color topRight, Color bottomLeft,
                                         Color bottomRight) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int hw = width / 2;
        int hh = height / 2;
        g.setColor(topLeft);
        g.fillRect(0, 0, hw, hh);
        g.setColor(topRight);
        g.fillRect(hw, 0, width - hw, hh);
        g.setColor(bottomLeft);
        g.fillRect(0, hh, hw, height - hh);
        g.setColor(bottomRight);
        g.fillRect(hw, hh, width - hw, height - hh);
        g.dispose();
        return image;
    }

    /**
     * Writes {@code image} as a JPEG with an EXIF segment.
     *
     * @param orientation the Orientation tag, or null for none
     * @param takenAt     DateTimeOriginal as cameras write it ("2025:03:05 09:12:30"), or null for none
     */
    public static Path write(Path file, BufferedImage image, Integer orientation, String takenAt) throws IOException {
        byte[] jpeg = encode(image);
        byte[] exif = orientation == null && takenAt == null ? new byte[0] : app1(orientation, takenAt);
        // after SOI and the JFIF APP0 segment that ImageIO writes
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        out.write(exif);
        out.write(jpeg, at, jpeg.length - at);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, out.toByteArray());
        return file;
    }

    public static Path photo(Path file, int orientation, String takenAt) throws IOException {
        return write(file, quarters(64, 48, Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW), orientation, takenAt);
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** FF E1, length, "Exif\0\0", then a big-endian TIFF structure. */
    static byte[] app1(Integer orientation, String takenAt) {
        int ifd0Entries = (orientation != null ? 1 : 0) + (takenAt != null ? 1 : 0);
        int ifd0Size = 2 + 12 * ifd0Entries + 4;
        int exifIfdOffset = 8 + ifd0Size;
        int exifIfdSize = takenAt != null ? 2 + 12 + 4 : 0;
        int stringOffset = exifIfdOffset + exifIfdSize;
        int tiffSize = stringOffset + (takenAt != null ? 20 : 0);

        ByteBuffer tiff = ByteBuffer.allocate(tiffSize); // big-endian by default, as "MM" says
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 0x2A).putInt(8);
        tiff.putShort((short) ifd0Entries);
        if (orientation != null) {
            tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort(orientation.shortValue()).putShort((short) 0);
        }
        if (takenAt != null) {
            tiff.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(exifIfdOffset);
        }
        tiff.putInt(0); // no IFD1
        if (takenAt != null) {
            tiff.putShort((short) 1);
            tiff.putShort((short) 0x9003).putShort((short) 2).putInt(20).putInt(stringOffset);
            tiff.putInt(0);
            byte[] text = takenAt.getBytes(StandardCharsets.US_ASCII);
            tiff.put(text, 0, Math.min(19, text.length));
            for (int i = Math.min(19, text.length); i < 20; i++) {
                tiff.put((byte) 0);
            }
        }
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + tiffSize;
        ByteBuffer app1 = ByteBuffer.allocate(2 + length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(header).put(tiff.array());
        return app1.array();
    }
}
