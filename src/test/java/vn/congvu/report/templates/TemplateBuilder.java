package vn.congvu.report.templates;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.congvu.report.Nd30Layout;
import vn.congvu.report.word.WordTables;

import javax.xml.namespace.QName;
import java.math.BigInteger;
import java.util.List;

import static vn.congvu.report.Nd30Layout.FONT;

/**
 * The parts both shipped templates share, built with POI from the numbers in {@link Nd30Layout}: styles
 * (named so a team lead finds them in Word's style list), an A4 page with the decree's margins, the page
 * number in the top margin from page 2, and the header block with its number and date line.
 */
final class TemplateBuilder {

    static final String BODY = "CvBody";
    static final String HEADING = "CvHeading";
    static final String TITLE = "CvTitle";
    static final String SUMMARY = "CvSummary";
    static final String TABLE = "CvTable";
    static final String TABLE_HEAD = "CvTableHead";
    static final String PHOTO = "CvPhoto";
    static final String CAPTION = "CvCaption";
    static final String SIGNATURE = "CvSignature";
    static final String HEADER_BLOCK = "CvHeaderBlock";
    static final String RULE = "CvRule";
    static final String RECIPIENTS = "CvRecipients";

    private final XWPFDocument doc = new XWPFDocument();

    TemplateBuilder() throws XmlException {
        doc.createStyles().setStyles(StylesDocument.Factory.parse(styles()).getStyles());
        pageSetup();
        compatibility();
    }

    XWPFDocument document() {
        return doc;
    }

    // --- styles -------------------------------------------------------------------------------------

    private static String fonts() {
        return "<w:rFonts w:ascii=\"" + FONT + "\" w:hAnsi=\"" + FONT + "\" w:eastAsia=\"" + FONT + "\" w:cs=\"" + FONT
                + "\"/>";
    }

    private static String size(int points) {
        return "<w:sz w:val=\"" + points * 2 + "\"/><w:szCs w:val=\"" + points * 2 + "\"/>";
    }

    private static String paragraphStyle(String id, String name, String basedOn, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name
                + "\"/><w:basedOn w:val=\"" + basedOn + "\"/><w:qFormat/><w:pPr>" + pPr + "</w:pPr><w:rPr>" + fonts()
                + rPr + "</w:rPr></w:style>";
    }

    private static String styles() {
        int after = Nd30Layout.PARAGRAPH_SPACING_PT * 20;
        String single = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>";
        return "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts() + size(Nd30Layout.BODY_PT)
                + "<w:lang w:val=\"" + Nd30Layout.LANGUAGE + "\" w:eastAsia=\"" + Nd30Layout.LANGUAGE
                + "\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr>" + single + "</w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:qFormat/><w:rPr>" + fonts() + size(Nd30Layout.BODY_PT) + "</w:rPr></w:style>"
                + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
                + "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
                + paragraphStyle(BODY, "CV Nội dung", "Normal",
                "<w:spacing w:before=\"" + after + "\" w:after=\"0\" w:line=\"" + Nd30Layout.LINE_SPACING_240THS
                        + "\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"" + Nd30Layout.FIRST_LINE_INDENT_TWIPS
                        + "\"/><w:jc w:val=\"both\"/>", size(Nd30Layout.BODY_PT))
                + paragraphStyle(HEADING, "CV Đề mục", BODY, "<w:keepNext/>", "<w:b/><w:bCs/>")
                + paragraphStyle(TITLE, "CV Tên loại văn bản", "Normal",
                "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"0\"/><w:jc w:val=\"center\"/>",
                "<w:b/><w:bCs/><w:caps/>" + size(Nd30Layout.DOCUMENT_TYPE_PT))
                + paragraphStyle(SUMMARY, "CV Trích yếu", "Normal",
                "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
                "<w:b/><w:bCs/>" + size(Nd30Layout.SUMMARY_LINE_PT))
                + paragraphStyle(TABLE, "CV Bảng", "Normal", single, size(Nd30Layout.TABLE_PT))
                + paragraphStyle(TABLE_HEAD, "CV Bảng - tiêu đề", TABLE, "<w:jc w:val=\"center\"/>", "<w:b/><w:bCs/>")
                + paragraphStyle(PHOTO, "CV Ảnh", "Normal",
                "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"60\"/><w:jc w:val=\"center\"/>", "")
                + paragraphStyle(CAPTION, "CV Chú thích ảnh", "Normal",
                "<w:spacing w:before=\"0\" w:after=\"120\"/><w:jc w:val=\"center\"/>",
                "<w:i/><w:iCs/>" + size(Nd30Layout.CAPTION_PT))
                + paragraphStyle(SIGNATURE, "CV Chữ ký", "Normal", single + "<w:jc w:val=\"center\"/>",
                size(Nd30Layout.SIGNATURE_PT))
                + paragraphStyle(HEADER_BLOCK, "CV Phần đầu", "Normal", single + "<w:jc w:val=\"center\"/>",
                size(Nd30Layout.NUMBER_PT))
                + paragraphStyle(RULE, "CV Đường kẻ", "Normal", single, size(1))
                + paragraphStyle(RECIPIENTS, "CV Nơi nhận", "Normal", single + "<w:jc w:val=\"left\"/>",
                size(Nd30Layout.RECIPIENTS_PT))
                + "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:pPr>" + single + "<w:jc w:val=\"center\"/></w:pPr><w:rPr>" + fonts() + size(Nd30Layout.PAGE_NUMBER_PT)
                + "</w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:pPr>" + single + "<w:jc w:val=\"left\"/></w:pPr><w:rPr>" + fonts() + "<w:i/><w:iCs/>"
                + size(Nd30Layout.FOOTER_PT) + "</w:rPr></w:style>"
                + "</w:styles>";
    }

    // --- the page -----------------------------------------------------------------------------------

    private void pageSetup() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(Nd30Layout.PAGE_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(Nd30Layout.PAGE_HEIGHT_TWIPS));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Nd30Layout.MARGIN_TOP_TWIPS));
        margins.setBottom(BigInteger.valueOf(Nd30Layout.MARGIN_BOTTOM_TWIPS));
        margins.setLeft(BigInteger.valueOf(Nd30Layout.MARGIN_LEFT_TWIPS));
        margins.setRight(BigInteger.valueOf(Nd30Layout.MARGIN_RIGHT_TWIPS));
        margins.setHeader(BigInteger.valueOf(Nd30Layout.HEADER_DISTANCE_TWIPS));
        margins.setFooter(BigInteger.valueOf(Nd30Layout.HEADER_DISTANCE_TWIPS));
        margins.setGutter(BigInteger.ZERO);
        // a different first page: the page number is in the top margin from page 2 only
        sect.addNewTitlePg();
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        XWPFHeader pages = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph number = pages.getParagraphArray(0) != null ? pages.getParagraphArray(0) : pages.createParagraph();
        number.setStyle("Header");
        var field = number.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        field.addNewR().addNewT().setStringValue("2");
        XWPFHeader first = policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
        XWPFParagraph empty = first.getParagraphArray(0) != null ? first.getParagraphArray(0) : first.createParagraph();
        empty.setStyle("Header");
    }

    /** The same line in the page footer of every page, the first included (it has a footer of its own). */
    void footer(String text) {
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
        for (var type : List.of(XWPFHeaderFooterPolicy.DEFAULT, XWPFHeaderFooterPolicy.FIRST)) {
            XWPFFooter footer = policy.createFooter(type);
            XWPFParagraph p = footer.getParagraphArray(0) != null ? footer.getParagraphArray(0) : footer.createParagraph();
            p.setStyle("Footer");
            p.createRun().setText(text);
        }
    }

    /**
     * Word settings: tab stops every 1.27 cm; lines ending in a manual line break are not stretched in
     * justified paragraphs (notes keep their line breaks, and a stretched line before each one looked broken;
     * LibreOffice honours the same flag); and Word 2013+ mode, so Word does not open the file in compatibility
     * mode. Written with a cursor because POI's schema subset has no class for {@code w:compat}.
     */
    private void compatibility() {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        try (XmlCursor cursor = doc.getSettings().getCTSettings().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(w, "defaultTabStop", "w"));
            cursor.insertAttributeWithValue(new QName(w, "val", "w"), String.valueOf(Nd30Layout.FIRST_LINE_INDENT_TWIPS));
            cursor.toEndToken();
            cursor.toNextToken();
            cursor.beginElement(new QName(w, "compat", "w"));
            cursor.insertElement(new QName(w, "doNotExpandShiftReturn", "w"));
            cursor.beginElement(new QName(w, "compatSetting", "w"));
            cursor.insertAttributeWithValue(new QName(w, "name", "w"), "compatibilityMode");
            cursor.insertAttributeWithValue(new QName(w, "uri", "w"), "http://schemas.microsoft.com/office/word");
            cursor.insertAttributeWithValue(new QName(w, "val", "w"), "15");
        }
    }

    // --- paragraphs ---------------------------------------------------------------------------------

    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        return p;
    }

    /** A paragraph of {@code style} with the given text (tags included), as one run. */
    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = paragraph(style);
        p.createRun().setText(text);
        return p;
    }

    /** Text runs alternating plain and bold: "plain", "bold", "plain", … */
    XWPFParagraph mixed(String style, String... plainBoldAlternating) {
        XWPFParagraph p = paragraph(style);
        for (int i = 0; i < plainBoldAlternating.length; i++) {
            if (!plainBoldAlternating[i].isEmpty()) {
                XWPFRun r = p.createRun();
                r.setText(plainBoldAlternating[i]);
                r.setBold(i % 2 == 1);
            }
        }
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, int points, boolean bold, boolean italic, boolean caps) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(points);
        r.setBold(bold);
        r.setItalic(italic);
        if (caps) {
            r.setCapitalized(true);
        }
        return r;
    }

    /** An empty paragraph whose top border is a centred rule {@code lengthTwips} long, in a cell {@code widthTwips} wide. */
    static void rule(XWPFTableCell cell, int cellTextWidthTwips, int lengthTwips) {
        XWPFParagraph p = cell.addParagraph();
        p.setStyle(RULE);
        int side = (cellTextWidthTwips - lengthTwips) / 2;
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setSpacingBefore(50); // a rule, not an underline
        CTPBdr borders = p.getCTPPr().isSetPBdr() ? p.getCTPPr().getPBdr() : p.getCTPPr().addNewPBdr();
        CTBorder top = borders.addNewTop();
        top.setVal(STBorder.SINGLE);
        top.setSz(BigInteger.valueOf(Nd30Layout.RULE_WEIGHT_EIGHTHS));
        top.setSpace(BigInteger.ONE);
        top.setColor("000000");
    }

    static XWPFParagraph firstParagraph(XWPFTableCell cell, String style) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(style);
        return p;
    }

    /**
     * The header block: issuing bodies (left) and national title with motto (right), then the number and the
     * place and date on one line, as a borderless two-column table.
     */
    void headerBlock(String numberText) {
        XWPFTable table = doc.createTable(2, 2);
        table.setTableAlignment(TableRowAlign.CENTER);
        WordTables.noBorders(table);
        WordTables.cellMargins(table, Nd30Layout.HEADER_CELL_MARGIN_TWIPS);
        int leftText = Nd30Layout.HEADER_LEFT_COLUMN_TWIPS - 2 * Nd30Layout.HEADER_CELL_MARGIN_TWIPS;
        int rightText = Nd30Layout.HEADER_RIGHT_COLUMN_TWIPS - 2 * Nd30Layout.HEADER_CELL_MARGIN_TWIPS;

        XWPFTableCell bodies = table.getRow(0).getCell(0);
        // capitals come from the program (VnText.upper): POI reads an "All caps" run's tag in capitals
        run(firstParagraph(bodies, HEADER_BLOCK), "{{parentBody}}", Nd30Layout.PARENT_BODY_PT, false, false, false);
        XWPFParagraph issuing = bodies.addParagraph();
        issuing.setStyle(HEADER_BLOCK);
        run(issuing, "{{issuingBody}}", Nd30Layout.ISSUING_BODY_PT, true, false, false);
        rule(bodies, leftText, Nd30Layout.ISSUING_BODY_RULE_TWIPS);

        XWPFTableCell nation = table.getRow(0).getCell(1);
        run(firstParagraph(nation, HEADER_BLOCK), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Nd30Layout.NATIONAL_TITLE_PT,
                true, false, false);
        XWPFParagraph motto = nation.addParagraph();
        motto.setStyle(HEADER_BLOCK);
        run(motto, "Độc lập - Tự do - Hạnh phúc", Nd30Layout.MOTTO_PT, true, false, false);
        rule(nation, rightText, Nd30Layout.MOTTO_RULE_TWIPS);

        XWPFParagraph number = firstParagraph(table.getRow(1).getCell(0), HEADER_BLOCK);
        number.setSpacingBefore(120);
        run(number, numberText, Nd30Layout.NUMBER_PT, false, false, false);
        XWPFParagraph date = firstParagraph(table.getRow(1).getCell(1), HEADER_BLOCK);
        date.setSpacingBefore(120);
        run(date, "{{placeAndDate}}", Nd30Layout.PLACE_DATE_PT, false, true, false);

        WordTables.fixWidths(table, Nd30Layout.HEADER_LEFT_COLUMN_TWIPS, Nd30Layout.HEADER_RIGHT_COLUMN_TWIPS);
    }

    /** A ruled table with a header row and one template row of [field] tags; the rows tag goes in the first header cell. */
    XWPFTable loopTable(String rowsTag, String[] headers, String[] fields, int[] widthsTwips, boolean[] leftAligned) {
        XWPFTable table = doc.createTable(2, headers.length);
        table.setTableAlignment(TableRowAlign.CENTER);
        WordTables.gridBorders(table);
        WordTables.cellMargins(table, 57);
        for (int c = 0; c < headers.length; c++) {
            XWPFParagraph head = firstParagraph(table.getRow(0).getCell(c), TABLE_HEAD);
            head.createRun().setText(headers[c]);
            if (c == 0) {
                head.createRun().setText("{{" + rowsTag + "}}");
            }
            XWPFParagraph cell = firstParagraph(table.getRow(1).getCell(c), TABLE);
            cell.setAlignment(leftAligned[c] ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            cell.createRun().setText("[" + fields[c] + "]");
        }
        WordTables.repeatHeader(table.getRow(0));
        WordTables.keepRowTogether(table.getRow(1));
        WordTables.fixWidths(table, widthsTwips);
        return table;
    }

    /** A borderless table of signature blocks side by side: each column a list of (text, style, bold, italic). */
    XWPFTable signatureTable(int[] widthsTwips, SignatureLine[][] columns) {
        XWPFTable table = doc.createTable(1, columns.length);
        table.setTableAlignment(TableRowAlign.CENTER);
        WordTables.noBorders(table);
        WordTables.cellMargins(table, 57);
        for (int c = 0; c < columns.length; c++) {
            XWPFTableCell cell = table.getRow(0).getCell(c);
            boolean first = true;
            for (SignatureLine line : columns[c]) {
                XWPFParagraph p = first ? firstParagraph(cell, line.style()) : cell.addParagraph();
                p.setStyle(line.style());
                first = false;
                if (!line.text().isEmpty()) {
                    XWPFRun r = p.createRun();
                    r.setText(line.text());
                    if (line.bold()) {
                        r.setBold(true);
                    }
                    if (line.italic()) {
                        r.setItalic(true);
                    }
                    if (line.points() > 0) {
                        r.setFontSize(line.points());
                    }
                }
            }
        }
        WordTables.fixWidths(table, widthsTwips);
        return table;
    }

    /** One line of a signature block; {@code points} 0 keeps the style's size. */
    record SignatureLine(String text, String style, boolean bold, boolean italic, int points) {

        static SignatureLine caps(String text) {
            return new SignatureLine(text, SIGNATURE, true, false, 0);
        }

        static SignatureLine plain(String text) {
            return new SignatureLine(text, SIGNATURE, false, false, 0);
        }

        static SignatureLine italic(String text) {
            return new SignatureLine(text, SIGNATURE, false, true, 0);
        }

        static SignatureLine bold(String text) {
            return new SignatureLine(text, SIGNATURE, true, false, 0);
        }

        static SignatureLine blank() {
            return new SignatureLine("", SIGNATURE, false, false, 0);
        }
    }

    /** An empty paragraph keeps Word from gluing two tables into one. */
    void spacer() {
        XWPFParagraph p = paragraph("Normal");
        p.setSpacingAfter(0);
    }

    /** A paragraph with only a block tag ({@code {{?x}}} or {@code {{/x}}}), which rendering removes. */
    void marker(String tag) {
        paragraph(BODY, "{{" + tag + "}}");
    }
}
