package vn.congvu.app.export;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.congvu.app.exchange.FinalisationService;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.Visit;
import vn.congvu.domain.calendar.DossierTimeliness;
import vn.congvu.domain.scoring.GradeScale;
import vn.congvu.domain.scoring.VisitScore;
import vn.congvu.domain.scoring.VisitScorer;
import vn.congvu.report.Nd30Layout;
import vn.congvu.report.VnText;
import vn.congvu.report.VnWords;
import vn.congvu.report.photo.ImageHeader;
import vn.congvu.testing.DocumentFixture;
import vn.congvu.testing.DocxInspect;
import vn.congvu.testing.TestVisits;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The minutes of the fixture's full visit, read back with POI. */
class MinutesExportTest {

    @TempDir
    static Path dir;
    static DocumentFixture f;
    static ExportResult result;
    static DocxInspect docx;

    @BeforeAll
    static void export() throws Exception {
        f = new DocumentFixture(dir.resolve("db"));
        result = f.ws.exports().exportMinutes(f.visit, ExportRequest.to(dir.resolve("Biên bản Ba Đình.docx")),
                ExportProgress.NONE);
        docx = new DocxInspect(result.file());
    }

    @AfterAll
    static void close() throws Exception {
        if (docx != null) {
            docx.close();
        }
        if (f != null) {
            f.close();
        }
    }

    @Test
    void pageIsA4PortraitWithMarginsInsideTheDecreesRanges() {
        CTSectPr sect = docx.doc.getDocument().getBody().getSectPr();
        assertThat(twips(sect.getPgSz().getW())).isEqualTo(11_906);
        assertThat(twips(sect.getPgSz().getH())).isEqualTo(16_838);
        assertThat(mm(sect.getPgMar().getTop())).isBetween(20.0, 25.0);
        assertThat(mm(sect.getPgMar().getBottom())).isBetween(20.0, 25.0);
        assertThat(mm(sect.getPgMar().getLeft())).isBetween(30.0, 35.0);
        assertThat(mm(sect.getPgMar().getRight())).isBetween(15.0, 20.0);
    }

    @Test
    void everyRunStyleAndDefaultIsTimesNewRoman() throws Exception {
        String xml = docx.xml("word/(document|styles|header\\d+)\\.xml");
        Matcher rFonts = Pattern.compile("<w:rFonts [^>]*>").matcher(xml);
        int seen = 0;
        while (rFonts.find()) {
            Matcher font = Pattern.compile("w:(ascii|hAnsi|cs|eastAsia)=\"([^\"]*)\"").matcher(rFonts.group());
            while (font.find()) {
                assertThat(font.group(2)).as(rFonts.group()).isEqualTo(Nd30Layout.FONT);
                seen++;
            }
        }
        assertThat(seen).isGreaterThan(4);
        assertThat(xml).doesNotContain("asciiTheme").doesNotContain("hAnsiTheme");
        for (XWPFParagraph p : docx.paragraphs()) {
            for (XWPFRun r : p.getRuns()) {
                assertThat(docx.font(r)).as(p.getText()).isEqualTo(Nd30Layout.FONT);
            }
        }
    }

    @Test
    void headerBlockHasTheDecreesCapitalsSizesAndWeights() {
        XWPFTable header = docx.doc.getTables().get(0);
        XWPFTableCell bodies = header.getRow(0).getCell(0);
        XWPFTableCell nation = header.getRow(0).getCell(1);

        XWPFParagraph parent = bodies.getParagraphs().get(0);
        assertThat(parent.getText()).isEqualTo("UBND THÀNH PHỐ HÀ NỘI");
        assertRuns(parent, 12, 13, false, false);
        XWPFParagraph issuing = bodies.getParagraphs().get(1);
        assertThat(issuing.getText()).isEqualTo("ĐOÀN KIỂM TRA CÔNG VỤ");
        assertRuns(issuing, 12, 13, true, false);
        assertThat(bodies.getParagraphs().get(2).getCTPPr().getPBdr().getTop()).as("short rule under the issuing body")
                .isNotNull();

        XWPFParagraph title = nation.getParagraphs().get(0);
        assertThat(title.getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertRuns(title, 12, 13, true, false);
        XWPFParagraph motto = nation.getParagraphs().get(1);
        assertThat(motto.getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertRuns(motto, 13, 14, true, false);
        assertThat(nation.getParagraphs().get(2).getCTPPr().getPBdr().getTop()).as("rule under the motto").isNotNull();

        XWPFParagraph type = docx.paragraphStartingWith("BIÊN BẢN");
        assertRuns(type, 13, 14, true, false);
        XWPFParagraph summary = docx.paragraphStartingWith("Kiểm tra công vụ");
        assertRuns(summary, 13, 14, true, false);
        assertThat(summary.getText()).endsWith("Phường Ba Đình");

        for (String signer : List.of("ĐẠI DIỆN ĐƠN VỊ", "THƯ KÝ", "TRƯỞNG ĐOÀN")) {
            XWPFParagraph p = docx.paragraphStartingWith(signer);
            assertThat(p.getText()).isEqualTo(p.getText().toUpperCase(VnText.VIETNAMESE));
            assertRuns(p, 13, 14, true, false);
        }
    }

    @Test
    void numberAndPlaceDateShareOneLineWithTheDecreesLeadingZeros() {
        XWPFTableRow line = docx.doc.getTables().get(0).getRow(1);
        XWPFParagraph number = line.getCell(0).getParagraphs().get(0);
        XWPFParagraph date = line.getCell(1).getParagraphs().get(0);
        assertThat(number.getText()).isEqualTo("Số: 05/BB-ĐKT");
        assertRuns(number, 13, 13, false, false);
        assertThat(date.getText()).isEqualTo("Hà Nội, ngày 06 tháng 01 năm 2025");
        assertRuns(date, 13, 14, false, true);
    }

    @Test
    void pageNumberIsInTheTopMarginFromPageTwoOnly() throws Exception {
        CTSectPr sect = docx.doc.getDocument().getBody().getSectPr();
        assertThat(sect.isSetTitlePg()).as("different first page").isTrue();
        var policy = docx.doc.getHeaderFooterPolicy();
        assertThat(headerXml(policy.getDefaultHeader())).contains("PAGE");
        assertThat(headerXml(policy.getFirstPageHeader())).doesNotContain("PAGE");
        assertThat(docx.doc.getFooterList()).allSatisfy(f -> assertThat(f.getText()).isBlank());
        XWPFParagraph number = policy.getDefaultHeader().getParagraphs().get(0);
        assertThat(number.getStyle()).isEqualTo("Header");
        assertThat(docx.find("Header").getPPr().getJc().getVal().toString()).isEqualTo("center");
        assertThat(Integer.parseInt(String.valueOf(docx.find("Header").getRPr().getSzArray(0).getVal())) / 2.0)
                .isBetween(13.0, 14.0);
    }

    @Test
    void everyTableHasTwipsWidthsAFixedLayoutAndFitsBetweenTheMargins() {
        assertThat(docx.doc.getTables()).hasSizeGreaterThanOrEqualTo(4);
        for (XWPFTable table : docx.doc.getTables()) {
            var pr = table.getCTTbl().getTblPr();
            assertThat(pr.getTblLayout().getType().toString()).isEqualTo("fixed");
            assertThat(pr.getTblW().getType().toString()).isEqualTo("dxa");
            int sum = 0;
            for (var col : table.getCTTbl().getTblGrid().getGridColArray()) {
                sum += twips(col.getW());
            }
            assertThat(sum).isEqualTo(twips(pr.getTblW().getW())).isLessThanOrEqualTo(Nd30Layout.TEXT_WIDTH_TWIPS);
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    assertThat(cell.getCTTc().getTcPr().getTcW().getType().toString()).isEqualTo("dxa");
                }
            }
        }
    }

    @Test
    void bodyStyleIsJustifiedWithFirstLineIndentAndSpaceBetweenParagraphs() {
        var body = docx.find("CvBody").getPPr();
        assertThat(body.getJc().getVal().toString()).isEqualTo("both");
        assertThat(Nd30Layout.twipsToMm(twips(body.getInd().getFirstLine())) / 10).isBetween(1.0, 1.27);
        assertThat(twips(body.getSpacing().getBefore()) / 20.0).isGreaterThanOrEqualTo(6.0);
        assertThat(twips(body.getSpacing().getLine()) / 240.0).isBetween(1.0, 1.5);
        XWPFParagraph opening = docx.paragraphStartingWith("Căn cứ Quyết định số 125/QĐ-UBND");
        assertThat(opening.getStyle()).isEqualTo("CvBody");
        assertRuns(opening, 13, 14, false, false);
    }

    @Test
    void scoreSentenceCarriesTheVisitScorersFigures() {
        VisitScore score = scoreOf(f.visit);
        String text = docx.text();
        assertThat(text).contains("đạt " + score.criteria().passed() + ", không đạt " + score.criteria().failed()
                + ", không áp dụng " + score.criteria().notApplicable());
        assertThat(text).contains("Điểm đạt " + VnText.decimal(score.score(), 1) + "/100, xếp loại "
                + VnWords.grade(score.grade()));
        assertThat(text).contains("Có " + score.officials().total() + " cán bộ");
        assertThat(text).contains("Kiểm tra xác suất " + score.dossiers().sampled() + " hồ sơ: " + score.dossiers().onTime()
                + " đúng hạn, " + score.dossiers().overdue() + " quá hạn");
    }

    @Test
    void dossierTableShowsTheDomainsTimelinessForEachDossier() {
        Visit visit = f.ws.visits().resolve(f.visit);
        List<Dossier> dossiers = f.ws.db().read(c -> f.ws.dossierRepository().dossiersOf(c, f.visit));
        DossierTimeliness timeliness = new DossierTimeliness(f.ws.calendar().calendar());
        XWPFTable table = docx.doc.getTables().stream()
                .filter(t -> t.getRow(0).getCell(1).getText().equals("Mã hồ sơ")).findFirst().orElseThrow();
        assertThat(table.getRows()).hasSize(dossiers.size() + 1);
        for (int i = 0; i < dossiers.size(); i++) {
            Dossier d = dossiers.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            assertThat(row.getCell(1).getText()).isEqualTo(d.code());
            assertThat(row.getCell(4).getText()).isEqualTo(VnText.date(d.dueDate()));
            assertThat(row.getCell(6).getText()).isEqualTo(
                    VnWords.timeliness(timeliness.classify(d, visit.visitDate()).orElse(null)));
        }
        assertThat(table.getRow(2).getCell(6).getText()).startsWith("Quá hạn");
    }

    @Test
    void refusalToSignIsWrittenInTheClosingAndTheSignatureBlock() {
        String text = docx.text();
        assertThat(text).contains("Ông/Bà Phạm Văn Dũng, Phó Chủ tịch UBND phường từ chối ký biên bản, lý do: "
                + "Chưa nhất trí với kết luận về hòm thư góp ý.");
        assertThat(text).contains("(Từ chối ký)");
        assertThat(text).contains("Nguyễn Văn An").contains("Lê Minh Châu");
    }

    @Test
    void notesKeepLineBreaksAndTabsAndLoseWhatXmlForbids() throws Exception {
        String xml = docx.xml("word/document.xml");
        assertThat(xml).doesNotContain("\u0007");
        assertThat(xml).contains("👍");
        XWPFParagraph finding = docx.paragraphStartingWith("- 1.2.");
        String findingXml = finding.getCTP().xmlText();
        assertThat(findingXml).contains("<w:br/>").contains("<w:tab/>");
        assertThat(finding.getText()).contains("Ông A không đeo thẻ").contains("Đã nhắc nhở").contains("(Ảnh 1)");
    }

    @Test
    void photosAreEmbeddedAsTakenTurnedUprightAndCaptioned() {
        List<XWPFPicture> pictures = docx.paragraphs().stream().flatMap(p -> p.getRuns().stream())
                .flatMap(r -> r.getEmbeddedPictures().stream()).toList();
        assertThat(pictures).hasSize(3);
        // Ảnh 1 is stored sideways with EXIF orientation 6: the drawing turns it a quarter clockwise
        XWPFPicture sideways = pictures.get(0);
        assertThat(sideways.getCTPicture().getSpPr().getXfrm().getRot()).isEqualTo(90 * 60_000);
        XWPFPictureData data = sideways.getPictureData();
        ImageHeader header = ImageHeader.read(data.getData()).orElseThrow();
        assertThat(header.widthPx()).isEqualTo(480);
        assertThat(header.heightPx()).isEqualTo(640);
        assertThat(data.getData()[header.orientationOffset() + 1]).as("EXIF orientation cleared to 1").isEqualTo((byte) 1);
        // upright it is 480 wide and 640 tall: the picture occupies a portrait box within the margins
        var inline = sideways.getCTPicture();
        assertThat(inline).isNotNull();
        assertThat(pictures.get(1).getCTPicture().getSpPr().getXfrm().isSetRot()).isFalse();
        for (XWPFPicture p : pictures) {
            assertThat(p.getWidth()).isLessThanOrEqualTo(Nd30Layout.twipsToMm(Nd30Layout.TEXT_WIDTH_TWIPS) * 72 / 25.4 + 1);
        }
        assertThat(docx.text()).contains("Ảnh 1. Công chức không đeo thẻ tại quầy số 2. Chụp lúc 09:42 ngày 06/01/2025.")
                .contains("Ảnh 2. Cán bộ Nguyễn Thị Phương. Chụp lúc 09:50 ngày 06/01/2025.")
                .contains("Ảnh 4. Hồ sơ 000.00.23.H26-241223-0002");
    }

    @Test
    void aMissingPhotoGetsACaptionSayingSoInsteadOfAPicture() {
        assertThat(docx.text()).contains("Ảnh 3. Hòm thư góp ý. Chụp lúc 10:05 ngày 06/01/2025. [Không tìm thấy tệp ảnh mat.jpg.]");
        assertThat(result.photosLeftOut()).isEqualTo(1);
        assertThat(result.sizeBytes()).isPositive();
    }

    @Test
    void anOpenVisitHasNoVerificationCodeInItsFooters() {
        assertThat(docx.doc.getFooterList()).isNotEmpty().allSatisfy(footer -> {
            assertThat(footer.getText()).doesNotContain("Mã xác thực").doesNotContain("{{");
            assertThat(footer.getAllPictures()).isEmpty();
        });
    }

    @Test
    void aFinalisedVisitCarriesItsShortHashDateAndQrCodeInEveryFooter() throws Exception {
        TestVisits.signOff(f.ws, f.secondVisit, LocalDateTime.of(2025, 1, 15, 15, 30));
        String hash = f.ws.finalisation().finalise(f.secondVisit).hash();
        ExportResult finalised = f.ws.exports().exportMinutes(f.secondVisit, ExportRequest.to(dir.resolve("Đã chốt.docx")),
                ExportProgress.NONE);

        try (DocxInspect d = new DocxInspect(finalised.file())) {
            String line = "Mã xác thực: " + FinalisationService.shortHash(hash) + " (bản đã chốt ngày 05/03/2025)";
            // every page: the first page has a footer of its own, the others share one
            assertThat(d.doc.getFooterList()).hasSize(2).allSatisfy(footer -> {
                assertThat(footer.getText().strip()).isEqualTo(line);
                assertThat(footer.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                        .flatMap(r -> r.getEmbeddedPictures().stream()).toList()).singleElement().satisfies(p -> {
                    assertThat(p.getCTPicture().getSpPr().getXfrm().getExt().getCx())
                            .isEqualTo((long) Nd30Layout.FOOTER_QR_MM * Nd30Layout.EMU_PER_MM);
                    assertThat(decodeQr(p.getPictureData().getData())).isEqualTo(hash);
                });
            });
            assertThat(d.text()).doesNotContain("Mã xác thực"); // the body is as before
        }
    }

    /** Reads the QR code back with ZXing's own decoder. */
    private static String decodeQr(byte[] png) throws Exception {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        com.google.zxing.LuminanceSource source = new com.google.zxing.RGBLuminanceSource(image.getWidth(),
                image.getHeight(), pixels);
        return new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                new com.google.zxing.common.HybridBinarizer(source))).getText();
    }

    private void assertRuns(XWPFParagraph p, double minPt, double maxPt, boolean bold, boolean italic) {
        assertThat(p.getRuns()).as(p.getText()).isNotEmpty();
        for (XWPFRun r : p.getRuns()) {
            if (r.text().isBlank()) {
                continue;
            }
            assertThat(docx.size(r)).as("size of «%s»", r.text()).isBetween(minPt, maxPt);
            assertThat(docx.bold(r)).as("bold «%s»", r.text()).isEqualTo(bold);
            assertThat(docx.italic(r)).as("italic «%s»", r.text()).isEqualTo(italic);
        }
    }

    static VisitScore scoreOf(String visitId) {
        Visit v = f.ws.visits().resolve(visitId);
        var t = f.ws.templates().content(v.templateId());
        return f.ws.db().read(c -> new VisitScorer(f.ws.calendar().calendar(), GradeScale.DEFAULT).score(t.criteria(),
                t.groups(), f.ws.answerRepository().answersOf(c, v.id()), f.ws.officialRepository().officialsOf(c, v.id()),
                f.ws.dossierRepository().dossiersOf(c, v.id()), v.visitDate()));
    }

    private static String headerXml(org.apache.poi.xwpf.usermodel.XWPFHeader header) {
        StringBuilder s = new StringBuilder();
        header.getParagraphs().forEach(p -> s.append(p.getCTP().xmlText()));
        return s.toString();
    }

    private static int twips(Object value) {
        return Integer.parseInt(String.valueOf(value));
    }

    private static double mm(Object twips) {
        return Nd30Layout.twipsToMm(twips(twips));
    }
}
