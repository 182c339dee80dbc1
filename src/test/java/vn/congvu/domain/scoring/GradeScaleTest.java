package vn.congvu.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeScaleTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "100, EXCELLENT",
            "90, EXCELLENT",      // thresholds are inclusive
            "89.99, GOOD",
            "75, GOOD",
            "74.99, AVERAGE",
            "50, AVERAGE",
            "49.99, POOR",
            "0, POOR"
    })
    void defaultScaleIsNinetySeventyFiveFifty(double score, Grade expected) {
        assertThat(GradeScale.DEFAULT.gradeOf(score)).isEqualTo(expected);
    }

    @Test
    void noScoreGivesNoGrade() {
        assertThat(GradeScale.DEFAULT.gradeOf(null)).isNull();
    }

    @Test
    void thresholdsAreData() {
        GradeScale lenient = new GradeScale(80, 65, 40);
        assertThat(lenient.gradeOf(85.0)).isEqualTo(Grade.EXCELLENT);
        assertThat(lenient.gradeOf(70.0)).isEqualTo(Grade.GOOD);
        assertThat(lenient.gradeOf(45.0)).isEqualTo(Grade.AVERAGE);
        assertThat(lenient.gradeOf(39.0)).isEqualTo(Grade.POOR);
    }

    @Test
    void rejectsThresholdsOutOfOrderOrRange() {
        assertThatThrownBy(() -> new GradeScale(75, 90, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GradeScale(90, 90, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GradeScale(101, 75, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GradeScale(90, 75, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GradeScale(Double.NaN, 75, 50)).isInstanceOf(IllegalArgumentException.class);
    }
}
