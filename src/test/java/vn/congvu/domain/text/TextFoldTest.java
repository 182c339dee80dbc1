package vn.congvu.domain.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldTest {

    @ParameterizedTest
    @CsvSource({
            "Đống Đa, dong da",
            "đ, d",
            "Đ, d",
            "ĐƯỜNG LÁNG, duong lang",
            "Khương Đình, khuong dinh",
            "Bộ phận Một cửa, bo phan mot cua",
            "Hoàn Kiếm, hoan kiem",
            "Ô Chợ Dừa, o cho dua",
            "Sóc Sơn, soc son",
            "Ứng Hòa, ung hoa",
            "Mã đơn vị, ma don vi",
    })
    void removesMarksAndStrokeAndLowerCases(String text, String folded) {
        assertThat(TextFold.fold(text)).isEqualTo(folded);
    }

    @Test
    void decomposedInputFoldsLikeComposedInput() {
        String nfd = Normalizer.normalize("Khương Đình, Bộ phận Một cửa", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Khương Đình, Bộ phận Một cửa");
        assertThat(TextFold.fold(nfd)).isEqualTo("khuong dinh, bo phan mot cua");
    }

    @Test
    void runsOfWhiteSpaceCollapseAndEndsAreTrimmed() {
        assertThat(TextFold.fold("  Ba   Đình\t\n Hà Nội  ")).isEqualTo("ba dinh ha noi");
    }

    @Test
    void noBreakSpacesCountAsSpaces() {
        // Word and web pages put U+00A0 between words; a pasted ward name must still match
        assertThat(TextFold.fold("\u00A0Phường\u00A0Ba\u00A0\u00A0Đình\u00A0")).isEqualTo("phuong ba dinh");
    }

    @Test
    void nullAndEmptyFoldToEmpty() {
        assertThat(TextFold.fold(null)).isEmpty();
        assertThat(TextFold.fold("")).isEmpty();
        assertThat(TextFold.fold("   ")).isEmpty();
    }

    @Test
    void foldStrokedDChangesOnlyTheStrokedD() {
        assertThat(TextFold.foldStrokedD("Đống Đa đẹp")).isEqualTo("Dống Da dẹp");
        assertThat(TextFold.foldStrokedD(null)).isNull();
    }
}
