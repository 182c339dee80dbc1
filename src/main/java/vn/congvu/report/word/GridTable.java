package vn.congvu.report.word;

import com.deepoove.poi.xwpf.BodyContainerFactory;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.util.List;
import java.util.Objects;

/**
 * A ruled table built in code, for tables whose columns depend on the data (units × checklist groups): a
 * header row repeated on every page, body rows kept whole, an optional total row, widths in twips with a fixed
 * layout.
 *
 * @param header        the column titles
 * @param rows          the cells, each row as long as the header
 * @param total         the last row in bold, or null
 * @param columnTwips   the width of each column
 * @param leftAligned   per column: true for text (left), false for figures (centred)
 * @param points        the font size
 */
public record GridTable(List<String> header, List<List<String>> rows, List<String> total, int[] columnTwips,
                        boolean[] leftAligned, int points) implements WordBlock {

    public GridTable {
        Objects.requireNonNull(header, "header");
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        total = total == null ? null : List.copyOf(total);
        columnTwips = columnTwips.clone();
        leftAligned = leftAligned.clone();
        int columns = header.size();
        if (columnTwips.length != columns || leftAligned.length != columns
                || rows.stream().anyMatch(r -> r.size() != columns) || (total != null && total.size() != columns)) {
            throw new IllegalArgumentException("every row needs one cell per column");
        }
    }

    @Override
    public void render(XWPFDocument document, XWPFRun tagRun) {
        int rowCount = 1 + rows.size() + (total == null ? 0 : 1);
        XWPFTable table = BodyContainerFactory.getBodyContainer(tagRun).insertNewTable(tagRun, rowCount, header.size());
        table.setTableAlignment(TableRowAlign.CENTER);
        WordTables.gridBorders(table);
        WordTables.cellMargins(table, 57);
        fill(table.getRow(0), header, true, true);
        WordTables.repeatHeader(table.getRow(0));
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false, false);
        }
        if (total != null) {
            fill(table.getRow(rowCount - 1), total, true, false);
        }
        WordTables.fixWidths(table, columnTwips);
    }

    private void fill(XWPFTableRow row, List<String> cells, boolean bold, boolean headerRow) {
        WordTables.keepRowTogether(row);
        for (int c = 0; c < cells.size(); c++) {
            ParagraphAlignment align = !headerRow && leftAligned[c] ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER;
            WordText.cell(row.getCell(c), cells.get(c), points, bold, align);
        }
    }
}
