package vn.congvu.report;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class XmlTextTest {

    @Test
    void charactersXmlForbidsAreDroppedAndTheRestKept() {
        assertThat(XmlText.clean("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF")).isEqualTo("abcde");
        assertThat(XmlText.clean("tab\tline\nemoji 👍 đ")).isEqualTo("tab\tline\nemoji 👍 đ");
    }

    @Test
    void loneSurrogatesFromABrokenPasteAreDropped() {
        assertThat(XmlText.clean("x\uD83Dy\uDC4Dz")).isEqualTo("xyz");
    }

    @Test
    void windowsAndOldMacLineEndsBecomeLineFeeds() {
        assertThat(XmlText.clean("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
    }

    @Test
    void decomposedDiacriticsAreComposed() {
        String decomposed = Normalizer.normalize("Hà Nội", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Hà Nội");
        assertThat(XmlText.clean(decomposed)).isEqualTo("Hà Nội");
    }

    @Test
    void nullStaysNullAndBlankBecomesEmpty() {
        assertThat(XmlText.clean(null)).isNull();
        assertThat(XmlText.cleanOrEmpty(null)).isEmpty();
        assertThat(XmlText.cleanOrEmpty("  x \u0001 ")).isEqualTo("x");
    }
}
