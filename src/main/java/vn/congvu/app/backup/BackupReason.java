package vn.congvu.app.backup;

/** Why a backup was made; automatic ones are rotated, the others are not. */
public enum BackupReason {
    /** at start-up of the desktop app, once the database passed its quick check */
    STARTUP("khoi-dong"),
    /** right after a visit was finalised */
    FINALISED("sau-chot"),
    /** asked for by the user, to a file of their choice */
    MANUAL("thu-cong"),
    /** the database as it was just before a restore replaced it */
    BEFORE_RESTORE("truoc-khoi-phuc");

    private final String slug;

    BackupReason(String slug) {
        this.slug = slug;
    }

    /** The part of the file name that says why (Vietnamese without diacritics, safe on every file system). */
    public String slug() {
        return slug;
    }

    public boolean automatic() {
        return this == STARTUP || this == FINALISED;
    }
}
