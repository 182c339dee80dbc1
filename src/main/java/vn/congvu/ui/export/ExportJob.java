package vn.congvu.ui.export;

import java.util.Objects;

/**
 * One export the user asked for.
 *
 * @param kind          which document
 * @param id            the visit (minutes) or plan (report, summary); null for the summary of every visit and for
 *                      the copies of the shipped templates
 * @param suggestedName the file name the chooser proposes ({@link ExportNames})
 */
public record ExportJob(ExportKind kind, String id, String suggestedName) {

    public ExportJob {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(suggestedName, "suggestedName");
        if (id == null && (kind == ExportKind.MINUTES || kind == ExportKind.REPORT)) {
            throw new IllegalArgumentException(kind + " needs an id");
        }
    }
}
