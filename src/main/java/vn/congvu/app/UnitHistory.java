package vn.congvu.app;

import vn.congvu.domain.CorrectiveAction;
import vn.congvu.domain.Recommendation;

import java.time.LocalDate;
import java.util.List;

/**
 * What earlier visits to a unit left open, shown when a new visit starts so that the inspector checks it
 * again: the failures found at the last visit, and recommendations and corrective actions not yet done.
 */
public record UnitHistory(String lastVisitId, LocalDate lastVisitDate, List<Failure> lastFailures,
                          List<Recommendation> openRecommendations, List<CorrectiveAction> openActions) {

    /** A criterion failed at the last visit. */
    public record Failure(String criterionCode, String criterionText, String note) {
    }

    public UnitHistory {
        lastFailures = List.copyOf(lastFailures);
        openRecommendations = List.copyOf(openRecommendations);
        openActions = List.copyOf(openActions);
    }

    public boolean isEmpty() {
        return lastFailures.isEmpty() && openRecommendations.isEmpty() && openActions.isEmpty();
    }
}
