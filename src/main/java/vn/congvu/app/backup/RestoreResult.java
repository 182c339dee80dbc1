package vn.congvu.app.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a restore did.
 *
 * @param restored          the manifest of the backup now in place
 * @param keptAs            the backup of the database it replaced (none when there was no database)
 * @param evidenceRestored  evidence files put back from the backup because they were missing
 * @param evidenceMissing   evidence files the restored database points to that are neither in the data
 *                          folder nor in the backup
 */
public record RestoreResult(BackupManifest restored, Optional<Path> keptAs, int evidenceRestored,
                            int evidenceMissing) {
}
