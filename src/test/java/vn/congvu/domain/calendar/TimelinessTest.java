package vn.congvu.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimelinessTest {

    @Test
    void lateAndPendingOverdueAreOverdue() {
        assertThat(Timeliness.LATE.isOverdue()).isTrue();
        assertThat(Timeliness.PENDING_OVERDUE.isOverdue()).isTrue();
    }

    @Test
    void onTimeAndPendingAreNotOverdue() {
        assertThat(Timeliness.ON_TIME.isOverdue()).isFalse();
        assertThat(Timeliness.PENDING.isOverdue()).isFalse();
    }

    @Test
    void resultRefusesLatenessThatContradictsItsTimeliness() {
        assertThatThrownBy(() -> new TimelinessResult(Timeliness.LATE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimelinessResult(Timeliness.ON_TIME, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimelinessResult(Timeliness.PENDING, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
