package vn.congvu.report.summary;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import vn.congvu.report.Nd30Layout;

/**
 * The few cell styles of the workbook, made once (Excel allows some 64,000 and every style made per cell
 * counts). The workbook's default font becomes Times New Roman 12, as in the Word documents.
 */
final class CellStyles {

    static final short FONT_POINTS = 12;

    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle title;
    final CellStyle label;

    CellStyles(Workbook wb) {
        Font base = wb.getFontAt(0);
        base.setFontName(Nd30Layout.FONT);
        base.setFontHeightInPoints(FONT_POINTS);
        if (base instanceof XSSFFont xssf) {
            // the default font is tied to the theme's minor font (Calibri) until the scheme is removed
            xssf.setScheme(FontScheme.NONE);
            xssf.setFamily(FontFamily.ROMAN);
        }

        Font bold = wb.createFont();
        bold.setFontName(Nd30Layout.FONT);
        bold.setFontHeightInPoints(FONT_POINTS);
        bold.setBold(true);
        Font big = wb.createFont();
        big.setFontName(Nd30Layout.FONT);
        big.setFontHeightInPoints((short) 14);
        big.setBold(true);

        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setBorderTop(BorderStyle.THIN);
        header.setBorderLeft(BorderStyle.THIN);
        header.setBorderRight(BorderStyle.THIN);

        text = top(wb, base);
        wrapped = top(wb, base);
        wrapped.setWrapText(true);
        integer = numeric(wb, base, "0");
        decimal = numeric(wb, base, "0.0");
        percent = numeric(wb, base, "0.0%");
        date = numeric(wb, base, "dd/mm/yyyy");
        dateTime = numeric(wb, base, "dd/mm/yyyy hh:mm");

        title = wb.createCellStyle();
        title.setFont(big);
        label = top(wb, bold);
    }

    /** The font is set on every style: LibreOffice ignores the default font of a format that does not apply one. */
    private static CellStyle top(Workbook wb, Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static CellStyle numeric(Workbook wb, Font font, String format) {
        CellStyle s = top(wb, font);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }
}
