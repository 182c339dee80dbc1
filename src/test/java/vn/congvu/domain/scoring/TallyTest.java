package vn.congvu.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The tallies refuse figures that do not add up, so a bug upstream cannot reach a report. */
class TallyTest {

    @Test
    void criteriaTallyRefusesAnsweredThatIsNotTheSumOfVerdicts() {
        assertThatThrownBy(() -> new CriteriaTally(5, 3, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CriteriaTally(2, 3, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void officialTallyRefusesMoreViolatorsThanOfficials() {
        assertThatThrownBy(() -> new OfficialTally(2, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dossierTallyRefusesCountsThatDoNotAddUpToTheSample() {
        assertThatThrownBy(() -> new DossierTally(5, 1, 1, 1, 1, 0, new Rate(0, 2), Rate.UNDEFINED, Rate.UNDEFINED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dossierTallyRefusesAnApologyRateNotOutOfTheOverdue() {
        assertThatThrownBy(() -> new DossierTally(3, 1, 1, 1, 0, 0, new Rate(1, 3), Rate.UNDEFINED, Rate.UNDEFINED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dossierTalliesAddUp() {
        DossierTally a = new DossierTally(3, 1, 1, 1, 0, 0, new Rate(1, 2), new Rate(2, 3), new Rate(0, 1));
        DossierTally b = new DossierTally(2, 0, 0, 0, 1, 1, Rate.UNDEFINED, new Rate(1, 1), Rate.UNDEFINED);
        assertThat(a.plus(b)).isEqualTo(
                new DossierTally(5, 1, 1, 1, 1, 1, new Rate(1, 2), new Rate(3, 4), new Rate(0, 1)));
    }

    @Test
    void visitScoreRefusesAGradeWithoutAScore() {
        assertThatThrownBy(() -> new VisitScore(new CriteriaTally(1, 0, 0, 0, 0), null, Grade.GOOD, List.of(), 0,
                OfficialTally.NONE, DossierTally.NONE, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void visitScoreRefusesAScoreOutsideZeroToOneHundred() {
        assertThatThrownBy(() -> new VisitScore(new CriteriaTally(1, 0, 0, 0, 0), 100.5, Grade.EXCELLENT, List.of(),
                0, OfficialTally.NONE, DossierTally.NONE, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VisitScore(new CriteriaTally(1, 0, 0, 0, 0), Double.NaN, Grade.POOR, List.of(),
                0, OfficialTally.NONE, DossierTally.NONE, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void visitScoreRefusesGroupFailuresThatDoNotAddUpToTheFailedCriteria() {
        assertThatThrownBy(() -> new VisitScore(new CriteriaTally(3, 2, 0, 2, 0), 0.0, Grade.POOR,
                List.of(new GroupFailures("g", "1", "t", 1, 1)), 0, OfficialTally.NONE, DossierTally.NONE, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
