package vn.congvu.domain;

/** A person of the inspected unit taking part in the visit. */
public record VisitRepresentative(String id, String visitId, String fullName, String position, int sortOrder,
                                  long revision) {
}
