package vn.congvu.domain;

import java.time.LocalDate;

/** Kiến nghị made at a visit, optionally about one criterion. */
public record Recommendation(String id, String visitId, String unitId, String criterionId, String text,
                             LocalDate deadline, ActionStatus status, int sortOrder, long revision) {
}
