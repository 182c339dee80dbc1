package vn.congvu.exchange;

import java.util.regex.Pattern;

/** Names inside a package and the rules they follow. */
public final class PackageLayout {

    public static final String FORMAT = "congvu-package";
    /** Bumped when a reader of the previous version could not read the package correctly. */
    public static final int FORMAT_VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    public static final String RECORDS = "records/";
    public static final String EVIDENCE = "evidence/";
    public static final String AUDIT_TABLE = "audit_log";

    private static final Pattern RECORDS_ENTRY = Pattern.compile("records/([a-z_]{1,64})\\.json");
    private static final Pattern EVIDENCE_ENTRY = Pattern.compile("evidence/([0-9a-f]{64})");

    private PackageLayout() {
    }

    public static String recordsEntry(String table) {
        return RECORDS + table + ".json";
    }

    public static String evidenceEntry(String sha256) {
        return EVIDENCE + sha256;
    }

    /** The table whose records the entry holds, or null when it is not a records entry. */
    static String tableOf(String entry) {
        var m = RECORDS_ENTRY.matcher(entry);
        return m.matches() ? m.group(1) : null;
    }

    static boolean isEvidence(String entry) {
        return EVIDENCE_ENTRY.matcher(entry).matches();
    }

    /**
     * Whether a name could escape the folder it is unpacked into or be read differently by another
     * system: parent or absolute paths, drive letters, backslashes, control characters, empty segments.
     */
    static boolean escapes(String name) {
        if (name.isEmpty() || name.length() > 255 || name.startsWith("/") || name.contains("\\")
                || name.contains(":")) {
            return true;
        }
        for (char ch : name.toCharArray()) {
            if (ch < 0x20 || ch == 0x7f) {
                return true;
            }
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** A relative path under the data folder's evidence folder, as evidence rows hold ({@code evidence/…}). */
    public static boolean isSafeEvidencePath(String path) {
        return path != null && path.startsWith(EVIDENCE) && !escapes(path) && path.length() > EVIDENCE.length();
    }
}
