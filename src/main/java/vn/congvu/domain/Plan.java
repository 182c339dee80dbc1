package vn.congvu.domain;

import java.time.LocalDate;

/** Kế hoạch kiểm tra. */
public record Plan(String id, String number, LocalDate issuedOn, int year, LocalDate periodStart,
                   LocalDate periodEnd, String title, String scope, String decisionId, PlanStatus status,
                   long revision) {
}
