package vn.congvu.domain.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseOrderTest {

    private final VietnameseOrder order = new VietnameseOrder();

    @Test
    void comparesWordByWordSoShortFirstWordsComeFirst() {
        assertThat(order.compare("Ba Đình", "Bạch Mai")).isNegative();
        assertThat(order.compare("Hà Đông", "Hai Bà Trưng")).isNegative();
    }

    @Test
    void putsDStrokeAfterD() {
        assertThat(order.compare("Dương Nội", "Đại Mỗ")).isNegative();
        assertThat(order.compare("Đống Đa", "Giảng Võ")).isNegative();
    }

    @Test
    void sortsWardNamesAsAReaderExpects() {
        List<String> names = new ArrayList<>(List.of("Đống Đa", "Bạch Mai", "Ba Đình", "Cầu Giấy", "Bồ Đề",
                "Đại Mỗ", "Dương Nội", "Cửa Nam"));
        names.sort(order);
        assertThat(names).containsExactly("Ba Đình", "Bạch Mai", "Bồ Đề", "Cầu Giấy", "Cửa Nam", "Dương Nội",
                "Đại Mỗ", "Đống Đa");
    }

    @Test
    void aPrefixComesBeforeTheLongerName() {
        assertThat(order.compare("Long Biên", "Long Biên Mới")).isNegative();
        assertThat(order.compare("", "A")).isNegative();
        assertThat(order.compare(null, null)).isZero();
    }
}
