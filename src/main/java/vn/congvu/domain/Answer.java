package vn.congvu.domain;

/** The finding on one criterion at one visit. {@code result} is null until answered. */
public record Answer(String id, String visitId, String criterionId, Result result, Double value1, Double value2,
                     String choice, String note, Severity severity, long revision) {
}
