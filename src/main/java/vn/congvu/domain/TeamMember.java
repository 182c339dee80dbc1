package vn.congvu.domain;

public record TeamMember(String id, String teamId, String fullName, String position, String organisation,
                         TeamRole role, int sortOrder, long revision) {
}
