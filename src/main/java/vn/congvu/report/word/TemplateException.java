package vn.congvu.report.word;

/**
 * A Word template that cannot be used as it is. {@link #tag()} is the tag as written (e.g. {@code {{tenDonVi}}})
 * and {@link #location()} where it is, so that the person who edited the template can fix it.
 */
public final class TemplateException extends RuntimeException {

    /** What is wrong. */
    public enum Problem {
        /** a well-formed tag this document does not fill */
        UNKNOWN_TAG,
        /** a tag used as the wrong kind, e.g. {@code {{?unitName}}} on a text tag */
        WRONG_KIND,
        /** something between {{ and }} that is not a tag (spaces, letters with diacritics, …) */
        MALFORMED_TAG,
        /** a block opened and not closed, or closed and not opened */
        UNBALANCED,
        /** not a .docx file, or a damaged one */
        UNREADABLE
    }

    private final Problem problem;
    private final String tag;
    private final transient TagLocation location;

    public TemplateException(Problem problem, String tag, TagLocation location, String detail, Throwable cause) {
        super(problem + " " + tag + (location != null ? " at " + location.describe() : "")
                + (detail != null ? ": " + detail : ""), cause);
        this.problem = problem;
        this.tag = tag;
        this.location = location;
    }

    public TemplateException(Problem problem, String tag, TagLocation location) {
        this(problem, tag, location, null, null);
    }

    public Problem problem() {
        return problem;
    }

    /** The tag as written in the template, or null when the problem is the whole file. */
    public String tag() {
        return tag;
    }

    /** Where the tag is, or null when not known. */
    public TagLocation location() {
        return location;
    }
}
