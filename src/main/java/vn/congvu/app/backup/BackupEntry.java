package vn.congvu.app.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A backup file as listed: its manifest when it could be read, else why not. A listed backup is only
 * checked in full when it is about to be restored.
 *
 * @param modified the file's time, used when there is no manifest to say when it was made
 */
public record BackupEntry(Path file, long size, Instant modified, Optional<BackupManifest> manifest) {

    /** Whether the file opened as a backup of this app; not yet whether its database is sound. */
    public boolean readable() {
        return manifest.isPresent();
    }

    public Instant createdAt() {
        return manifest.map(BackupManifest::createdAt).orElse(modified);
    }

    public Optional<BackupReason> reason() {
        return manifest.map(BackupManifest::reason);
    }
}
