package vn.congvu.domain;

/** One thing found wrong by an integrity check: which check, and what it saw (for the log and support). */
public record IntegrityIssue(IntegrityCheck check, String detail) {

    public enum IntegrityCheck {
        /** SQLite's own page and index check */
        SQLITE_INTEGRITY,
        /** a row points at a row that does not exist */
        FOREIGN_KEY,
        /** the search index disagrees with its content */
        SEARCH_INDEX,
        /** an answer is to a criterion of another template than its visit's */
        TEMPLATE_MISMATCH,
        /** a live record points at a deleted one */
        DELETED_REFERENCE,
        /** a finalised visit's data no longer has the hash it was finalised with */
        FINALISED_HASH
    }
}
