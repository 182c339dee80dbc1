package vn.congvu.domain;

import java.time.LocalDate;

/** Biện pháp khắc phục the unit must take for a recommendation, by a deadline. */
public record CorrectiveAction(String id, String recommendationId, String visitId, String unitId, String text,
                               String responsible, LocalDate deadline, ActionStatus status, LocalDate completedOn,
                               String verifiedVisitId, String note, long revision) {
}
