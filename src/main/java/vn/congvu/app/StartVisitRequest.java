package vn.congvu.app;

import vn.congvu.domain.TeamRole;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the inspector fills in to start a visit: the unit, when, who of the team is there and who of the
 * unit. {@code planId} and {@code teamId} may be null for a visit outside any plan.
 */
public record StartVisitRequest(String unitId, String planId, String teamId, LocalDateTime startedAt,
                                boolean surprise, String place, List<Inspector> inspectors,
                                List<Representative> representatives) {

    /** A team member, or someone added on the spot ({@code memberId} null). */
    public record Inspector(String memberId, String fullName, TeamRole role, boolean present) {
    }

    public record Representative(String fullName, String position) {
    }

    public StartVisitRequest {
        inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
    }
}
