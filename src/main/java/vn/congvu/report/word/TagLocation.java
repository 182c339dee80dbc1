package vn.congvu.report.word;

/**
 * Where a tag sits in a template, in terms a person can find in Word: the n-th paragraph of the body (with
 * the start of its text), or a cell of the n-th table, or the page header or footer. Numbers count from 1;
 * 0 means "not applicable".
 */
public record TagLocation(Part part, int paragraph, int table, int row, int cell, String excerpt) {

    /** The part of the document the tag is in. */
    public enum Part {
        BODY, TABLE, HEADER, FOOTER, OTHER
    }

    /** For logs; the user sees the localised form the app layer builds from the fields. */
    public String describe() {
        String where = switch (part) {
            case BODY -> "paragraph " + paragraph;
            case TABLE -> "table " + table + ", row " + row + ", cell " + cell;
            case HEADER -> "page header, paragraph " + paragraph;
            case FOOTER -> "page footer, paragraph " + paragraph;
            case OTHER -> "a text box or drawing";
        };
        return excerpt == null || excerpt.isBlank() ? where : where + " (\"" + excerpt + "\")";
    }
}
