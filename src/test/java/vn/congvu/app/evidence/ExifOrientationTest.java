package vn.congvu.app.evidence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExifOrientationTest {

    /**
     * The upright picture is 4 × 2 quarters named A (top-left), B (top-right), C (bottom-left), D
     * (bottom-right). Each row gives, for a tag value, how a camera stores it (by the TIFF 6.0 definition of
     * the tag, worked out by hand): the stored size and which quarter sits at the stored top-left, top-right,
     * bottom-left and bottom-right.
     */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
            "1, 4, 2, A, B, C, D",
            "2, 4, 2, B, A, D, C",
            "3, 4, 2, D, C, B, A",
            "4, 4, 2, C, D, A, B",
            "5, 2, 4, A, C, B, D",
            "6, 2, 4, B, D, A, C",
            "7, 2, 4, D, B, C, A",
            "8, 2, 4, C, A, D, B",
    })
    void everyOrientationFindsEachSeenPixelWhereTheCameraStoredIt(int tag, int storedWidth, int storedHeight,
                                                                    char storedTopLeft, char storedTopRight,
                                                                    char storedBottomLeft, char storedBottomRight) {
        ExifOrientation o = ExifOrientation.of(tag);
        assertThat(o.tag()).isEqualTo(tag);
        char[][] stored = new char[storedHeight][storedWidth];
        for (int y = 0; y < storedHeight; y++) {
            for (int x = 0; x < storedWidth; x++) {
                boolean right = x >= storedWidth / 2;
                boolean bottom = y >= storedHeight / 2;
                stored[y][x] = bottom ? (right ? storedBottomRight : storedBottomLeft)
                        : (right ? storedTopRight : storedTopLeft);
            }
        }
        int w = o.shownWidth(storedWidth, storedHeight);
        int h = o.shownHeight(storedWidth, storedHeight);
        assertThat(w).isEqualTo(4);
        assertThat(h).isEqualTo(2);
        StringBuilder seen = new StringBuilder();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] s = o.storedPixel(x, y, storedWidth, storedHeight);
                seen.append(stored[s[1]][s[0]]);
            }
            seen.append('/');
        }
        assertThat(seen.toString()).isEqualTo("AABB/CCDD/");
    }

    @ParameterizedTest
    @CsvSource({"0", "9", "-1", "65535"})
    void aTagOutOfRangeCountsAsUpright(int tag) {
        assertThat(ExifOrientation.of(tag)).isEqualTo(ExifOrientation.NORMAL);
    }
}
