package vn.congvu.report.word;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * A QR code to print in a document, as a black-and-white PNG, and how large it is printed. Rendered by
 * {@link PhotoPolicy} wherever a picture tag is given one. The PNG is written here (one bit a pixel, eight pixels
 * a module, so that programs which smooth a scaled picture do not blur the modules' edges) rather than with
 * AWT's ImageIO, which the report layer keeps out of.
 *
 * @param png    the picture, a few hundred bytes
 * @param sizeMm the printed side
 */
public record QrCode(byte[] png, int sizeMm) {

    private static final int SCALE = 8;

    /** The code of {@code text}, with medium error correction (a crease or a stamp over it still reads). */
    public static QrCode of(String text, int sizeMm) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            return new QrCode(png(matrix), sizeMm);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 1-bit greyscale PNG: black modules are 0, light ones 1. */
    static byte[] png(BitMatrix m) throws IOException {
        int w = m.getWidth() * SCALE;
        int h = m.getHeight() * SCALE;
        int rowBytes = (w + 7) / 8;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
            byte[] row = new byte[rowBytes + 1]; // filter type 0, then the pixels
            for (int y = 0; y < h; y++) {
                java.util.Arrays.fill(row, (byte) 0);
                for (int x = 0; x < w; x++) {
                    if (!m.get(x / SCALE, y / SCALE)) {
                        row[1 + x / 8] |= (byte) (0x80 >>> (x % 8));
                    }
                }
                z.write(row);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(header);
        ihdr.writeInt(w);
        ihdr.writeInt(h);
        ihdr.writeByte(1); // bit depth
        ihdr.writeByte(0); // greyscale
        ihdr.writeByte(0); // deflate
        ihdr.writeByte(0); // adaptive filtering
        ihdr.writeByte(0); // not interlaced
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IDAT", raw.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
