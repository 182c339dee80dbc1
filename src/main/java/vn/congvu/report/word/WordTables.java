package vn.congvu.report.word;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Table geometry that Word, LibreOffice and Word Online all honour: widths in twips on the table, the grid
 * and every cell, with a fixed layout. With autofit or percentages each program sizes the columns its own
 * way and long Vietnamese names push tables past the margin.
 */
public final class WordTables {

    private WordTables() {
    }

    /** Sets the column widths of {@code table} (in twips), its total width, and a fixed layout. */
    public static void fixWidths(XWPFTable table, int... columnTwips) {
        CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(Arrays.stream(columnTwips).sum()));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);

        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int twips : columnTwips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(twips));
        }
        for (XWPFTableRow row : table.getRows()) {
            fixRow(row, columnTwips);
        }
    }

    /** Gives the cells of one row their widths (a row added later needs this too). */
    public static void fixRow(XWPFTableRow row, int... columnTwips) {
        int column = 0;
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            int span = tcPr.isSetGridSpan() ? tcPr.getGridSpan().getVal().intValue() : 1;
            int w = 0;
            for (int i = 0; i < span && column < columnTwips.length; i++) {
                w += columnTwips[column++];
            }
            CTTblWidth tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
            tcW.setType(STTblWidth.DXA);
            tcW.setW(BigInteger.valueOf(w));
        }
    }

    /** Thin single lines around and between all cells. */
    public static void gridBorders(XWPFTable table) {
        borders(table, STBorder.SINGLE);
    }

    /** No lines at all: the header block and the signature blocks are laid out with invisible tables. */
    public static void noBorders(XWPFTable table) {
        borders(table, STBorder.NIL);
    }

    private static void borders(XWPFTable table, STBorder.Enum style) {
        CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
        CTTblBorders b = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {
                b.isSetTop() ? b.getTop() : b.addNewTop(), b.isSetLeft() ? b.getLeft() : b.addNewLeft(),
                b.isSetBottom() ? b.getBottom() : b.addNewBottom(), b.isSetRight() ? b.getRight() : b.addNewRight(),
                b.isSetInsideH() ? b.getInsideH() : b.addNewInsideH(),
                b.isSetInsideV() ? b.getInsideV() : b.addNewInsideV()}) {
            border.setVal(style);
            if (style != STBorder.NIL) {
                border.setSz(BigInteger.valueOf(4));
                border.setSpace(BigInteger.ZERO);
                border.setColor("000000");
            }
        }
    }

    /** Left and right padding of every cell, in twips. */
    public static void cellMargins(XWPFTable table, int leftRightTwips) {
        table.setCellMargins(0, leftRightTwips, 0, leftRightTwips);
    }

    /** Repeats the first row at the top of every page the table runs onto. */
    public static void repeatHeader(XWPFTableRow row) {
        row.setRepeatHeader(true);
    }

    /** Keeps a row on one page, so a page break never cuts a person's or a dossier's line in two. */
    public static void keepRowTogether(XWPFTableRow row) {
        row.setCantSplitRow(true);
    }
}
