package vn.congvu.app.exchange;

import vn.congvu.exchange.ConflictKind;

import java.time.Instant;
import java.util.List;

/**
 * A conflict as the Conflicts screen shows it: the record, why it conflicts, who sent the other
 * version, and both versions field by field.
 *
 * @param tableKey        message key naming the table ({@link TableNames})
 * @param label           a few words identifying the record (a name, a code, a text)
 * @param fields          content fields, those that differ first
 * @param localVersion    author, laptop, time and revision of the version here (null when there is none)
 * @param incomingVersion the same for the version that arrived
 */
public record ConflictView(String id, String table, String tableKey, String recordId, String otherRecordId,
                           String visitId, ConflictKind kind, String status, String resolution, String label,
                           String sourceAuthor, String sourceDevice, Instant detectedAt, Instant resolvedAt,
                           String resolvedBy, List<FieldDiff> fields, VersionInfo localVersion,
                           VersionInfo incomingVersion) {

    /** One field of the record in both versions, as text ({@code null} when empty). */
    public record FieldDiff(String column, String local, String incoming, boolean differs) {
    }

    /** Who made a version, where and when. */
    public record VersionInfo(String author, String device, String updatedAt, long revision, boolean deleted) {
    }

    public boolean open() {
        return "OPEN".equals(status);
    }
}
