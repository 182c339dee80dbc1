package vn.congvu.report.templates;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the shipped templates into {@code assets/templates/} (run by {@code .ci/make-templates}). The
 * templates are built in code so that their layout comes from {@code Nd30Layout} and a change can be
 * reviewed; {@code ShippedTemplatesTest} fails when the files in assets and this code disagree.
 */
public final class MakeTemplates {

    public static final String MINUTES = "bien-ban-kiem-tra.docx";
    public static final String REPORT = "bao-cao-ket-qua-kiem-tra.docx";

    private MakeTemplates() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "assets/templates");
        Files.createDirectories(dir);
        write(MinutesTemplateSource.build(), dir.resolve(MINUTES));
        write(ReportTemplateSource.build(), dir.resolve(REPORT));
    }

    static void write(XWPFDocument document, Path file) throws Exception {
        document.getProperties().getCoreProperties().setCreator("CongVu Inspector");
        document.getProperties().getCoreProperties().setTitle(file.getFileName().toString());
        try (OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
        }
        System.out.println("wrote " + file);
    }
}
