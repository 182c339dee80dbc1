package vn.congvu.app.backup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} inside a backup: what made it and when, the database copy with its hash, and the
 * evidence files the database points to with theirs. Counts and the time of the last change let the user
 * pick a backup without opening it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackupManifest(String format, int formatVersion, String appVersion, int schemaVersion,
                             Instant createdAt, BackupReason reason, String visitId, String databaseName,
                             DatabaseCopy database, Map<String, Long> counts, String lastChangeAt,
                             Evidence evidence) {

    public static final String FORMAT = "congvu-backup";
    public static final int FORMAT_VERSION = 1;
    public static final String ENTRY = "manifest.json";

    /**
     * The database inside the zip: its entry, and for a raw copy kept before a restore, the entry of its WAL.
     * {@code integrity} is "ok" when SQLite's check of the copy passed, "unchecked" for a raw copy.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DatabaseCopy(String entry, String walEntry, long size, String sha256, String integrity) {
    }

    /** The evidence files; {@code included} when their bytes are in the zip under their relative path. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(boolean included, List<EvidenceFile> files, List<String> missing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EvidenceFile(String path, String sha256, long size) {
    }

    public long visits() {
        return counts == null ? 0 : counts.getOrDefault("visits", 0L);
    }
}
