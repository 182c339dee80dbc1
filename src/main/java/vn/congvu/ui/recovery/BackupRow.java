package vn.congvu.ui.recovery;

import vn.congvu.app.backup.BackupEntry;

/** A backup as the recovery screen lists it: when, why, what it holds, whether it opens. */
public record BackupRow(BackupEntry entry, String when, String kind, String content, String state) {
}
