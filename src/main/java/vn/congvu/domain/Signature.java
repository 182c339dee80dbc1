package vn.congvu.domain;

import java.time.LocalDateTime;

/** Who signed the minutes of a visit, or refused to, and why. */
public record Signature(String id, String visitId, SignerRole role, String fullName, String position,
                       SignatureStatus status, String refusalReason, LocalDateTime signedAt, int sortOrder,
                       long revision) {
}
