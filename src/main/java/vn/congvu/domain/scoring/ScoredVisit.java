package vn.congvu.domain.scoring;

import java.util.Objects;

/** One visit of a plan: the unit visited and the visit's score. */
public record ScoredVisit(String unitId, VisitScore score) {

    public ScoredVisit {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(score, "score");
    }
}
