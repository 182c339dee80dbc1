package vn.congvu.domain;

/** A team member and whether they were present at this visit. */
public record VisitInspector(String id, String visitId, String memberId, String fullName, TeamRole role,
                             boolean present, long revision) {
}
