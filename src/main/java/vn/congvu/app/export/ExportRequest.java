package vn.congvu.app.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an export goes and how.
 *
 * @param output   the file asked for
 * @param ifExists what to do if it exists or is open in Word (decided by the user, never by default)
 * @param template a Word template to use instead of the one in the settings (or the shipped one); null for none
 */
public record ExportRequest(Path output, IfExists ifExists, Path template) {

    public ExportRequest {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(ifExists, "ifExists");
    }

    /** To {@code output}, refusing to touch an existing file. */
    public static ExportRequest to(Path output) {
        return new ExportRequest(output, IfExists.REFUSE, null);
    }

    public ExportRequest ifExists(IfExists choice) {
        return new ExportRequest(output, choice, template);
    }

    public ExportRequest withTemplate(Path file) {
        return new ExportRequest(output, ifExists, file);
    }
}
