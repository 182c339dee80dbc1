package vn.congvu.report.word;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import vn.congvu.report.Nd30Layout;

/**
 * Text the program writes itself (tables and charts built in code), formatted explicitly: a template whose
 * styles were changed in Word must not change the font or size of these.
 */
public final class WordText {

    private WordText() {
    }

    /** Times New Roman for every script (Vietnamese letters are in the Latin ranges, but Word looks at all four). */
    public static void font(XWPFRun run, int points) {
        CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        fonts.setAscii(Nd30Layout.FONT);
        fonts.setHAnsi(Nd30Layout.FONT);
        fonts.setCs(Nd30Layout.FONT);
        fonts.setEastAsia(Nd30Layout.FONT);
        run.setFontSize(points);
    }

    /** Replaces the content of a cell with one paragraph of text. */
    public static void cell(XWPFTableCell cell, String text, int points, boolean bold, ParagraphAlignment align) {
        while (cell.getParagraphs().size() > 1) {
            cell.removeParagraph(1);
        }
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        while (!p.getRuns().isEmpty()) {
            p.removeRun(0);
        }
        p.setAlignment(align);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setIndentationFirstLine(0);
        XWPFRun run = p.createRun();
        font(run, points);
        run.setBold(bold);
        SafeTextPolicy.write(run, text == null ? "" : text);
    }
}
