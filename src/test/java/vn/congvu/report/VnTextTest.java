package vn.congvu.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvu.domain.scoring.Rate;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class VnTextTest {

    @ParameterizedTest
    @CsvSource({
            "2025-01-05, 'Hà Nội, ngày 05 tháng 01 năm 2025'",
            "2025-02-09, 'Hà Nội, ngày 09 tháng 02 năm 2025'",
            "2025-03-15, 'Hà Nội, ngày 15 tháng 3 năm 2025'",
            "2025-12-01, 'Hà Nội, ngày 01 tháng 12 năm 2025'",
            "2025-10-10, 'Hà Nội, ngày 10 tháng 10 năm 2025'"})
    void daysBelowTenAndMonthsOneAndTwoGetALeadingZero(LocalDate date, String expected) {
        assertThat(VnText.placeAndDate("Hà Nội", date)).isEqualTo(expected);
    }

    @Test
    void aMissingDateLeavesBlanksForHandFilling() {
        assertThat(VnText.placeAndDate("Hà Nội", null)).isEqualTo("Hà Nội, ngày …… tháng …… năm ……");
        assertThat(VnText.placeAndDate(" ", LocalDate.of(2025, 4, 30))).isEqualTo("ngày 30 tháng 4 năm 2025");
    }

    @Test
    void numbersUseTheDecimalComma() {
        assertThat(VnText.decimal(87.5, 1)).isEqualTo("87,5");
        assertThat(VnText.decimal(50.0, 1)).isEqualTo("50");
        assertThat(VnText.decimal(null, 1)).isEqualTo(VnText.NONE);
        assertThat(VnText.percent(new Rate(1, 3))).isEqualTo("33,3%");
        assertThat(VnText.percent(Rate.UNDEFINED)).isEqualTo(VnText.NONE);
        assertThat(VnText.fractionAndPercent(new Rate(2, 5))).isEqualTo("2/5 (40,0%)");
    }

    @Test
    void timesAreWrittenAsMinutesWriteThem() {
        assertThat(VnText.timeInWords(LocalDateTime.of(2025, 1, 6, 9, 5))).isEqualTo("9 giờ 05 phút");
        assertThat(VnText.dateTime(LocalDateTime.of(2025, 1, 6, 14, 30))).isEqualTo("06/01/2025 14:30");
        assertThat(VnText.twoDigits(2)).isEqualTo("02");
    }

    @Test
    void capitalsFollowVietnameseRules() {
        assertThat(VnText.upper("Ủy ban nhân dân thành phố Hà Nội")).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
        assertThat(VnText.upper("đoàn kiểm tra")).isEqualTo("ĐOÀN KIỂM TRA");
    }
}
