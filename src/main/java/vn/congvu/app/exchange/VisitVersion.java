package vn.congvu.app.exchange;

import java.time.Instant;

/**
 * A finalised version of a visit, readable after a reopen.
 *
 * @param content the canonical JSON that was hashed (what was signed)
 */
public record VisitVersion(String id, String visitId, int versionNo, String hash, String shortHash, Instant finalisedAt,
                           String finalisedBy, Instant reopenedAt, String reopenedBy, String reopenReason,
                           String form, String content) {

    public boolean current() {
        return reopenedAt == null;
    }
}
