package vn.congvu.app.evidence;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MediaKindTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void filesAreToldByTheirFirstBytes() {
        assertThat(MediaKind.detect(bytes(0xFF, 0xD8, 0xFF, 0xE1, 0, 0))).contains(MediaKind.JPEG);
        assertThat(MediaKind.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A))).contains(MediaKind.PNG);
        assertThat(MediaKind.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(MediaKind.PDF);
        assertThat(MediaKind.detect("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains(MediaKind.GIF);
        assertThat(MediaKind.detect(bytes('I', 'I', 0x2A, 0, 8, 0, 0, 0))).contains(MediaKind.TIFF);
        assertThat(MediaKind.detect("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).contains(MediaKind.WEBP);
        assertThat(MediaKind.detect("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.US_ASCII))).contains(MediaKind.HEIC);
    }

    @Test
    void aWordDocumentOrTextIsNotKept() {
        assertThat(MediaKind.detect(bytes('P', 'K', 3, 4, 20, 0))).isEmpty();
        assertThat(MediaKind.detect("Biên bản".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(MediaKind.detect(new byte[0])).isEmpty();
    }
}
