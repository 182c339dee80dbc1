package vn.congvu.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void percentIsOutOfOneHundred() {
        assertThat(new Rate(1, 4).percent()).isEqualTo(25.0);
        assertThat(new Rate(2, 3).percent()).isCloseTo(66.6667, within(1e-4));
        assertThat(new Rate(0, 5).percent()).isEqualTo(0.0);
        assertThat(new Rate(5, 5).percent()).isEqualTo(100.0);
    }

    @Test
    void nothingOutOfNothingIsUndefinedNotNaN() {
        Rate none = new Rate(0, 0);
        assertThat(none.isDefined()).isFalse();
        assertThat(none.percent()).isNull();
        assertThat(Rate.UNDEFINED).isEqualTo(none);
    }

    @Test
    void anythingOutOfSomethingIsDefined() {
        assertThat(new Rate(0, 1).isDefined()).isTrue();
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> new Rate(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rate(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsANumeratorAboveTheDenominator() {
        assertThatThrownBy(() -> new Rate(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plusAddsBothCounts() {
        assertThat(new Rate(1, 4).plus(new Rate(2, 3))).isEqualTo(new Rate(3, 7));
        assertThat(Rate.UNDEFINED.plus(new Rate(1, 2))).isEqualTo(new Rate(1, 2));
    }
}
