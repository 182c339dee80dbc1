package vn.congvu.domain;

import java.time.LocalDate;

/** A unit a plan intends to visit. */
public record PlanUnit(String id, String planId, String unitId, LocalDate plannedOn, int sortOrder, long revision) {
}
