package vn.congvu.report;

import vn.congvu.app.export.ExportProgress;
import vn.congvu.app.export.ExportRequest;
import vn.congvu.app.export.IfExists;
import vn.congvu.testing.DocumentFixture;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the three documents of {@link DocumentFixture} into a folder, for people to look at
 * ({@code .ci/render-documents} turns them into PDF and PNG pages with LibreOffice).
 */
public final class SampleDocuments {

    public static final String MINUTES = "bien-ban.docx";
    public static final String EMPTY_MINUTES = "bien-ban-chua-co-ket-qua.docx";
    public static final String LONG_NAME_MINUTES = "bien-ban-ten-dai.docx";
    public static final String REPORT = "bao-cao.docx";
    public static final String SUMMARY = "tong-hop.xlsx";

    private SampleDocuments() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/documents").toAbsolutePath();
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("congvu-samples");
        try (DocumentFixture f = new DocumentFixture(work)) {
            var exports = f.ws.exports();
            exports.exportMinutes(f.visit, request(out.resolve(MINUTES)), ExportProgress.NONE);
            exports.exportMinutes(f.emptyVisit, request(out.resolve(EMPTY_MINUTES)), ExportProgress.NONE);
            exports.exportMinutes(f.otherVisit, request(out.resolve(LONG_NAME_MINUTES)), ExportProgress.NONE);
            exports.exportReport(f.planId, request(out.resolve(REPORT)), ExportProgress.NONE);
            exports.exportSummary(null, request(out.resolve(SUMMARY)), ExportProgress.NONE);
        }
        System.out.println("wrote the sample documents to " + out);
    }

    private static ExportRequest request(Path file) {
        return ExportRequest.to(file).ifExists(IfExists.REPLACE);
    }
}
