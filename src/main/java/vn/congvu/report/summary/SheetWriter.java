package vn.congvu.report.summary;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.congvu.report.XmlText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Writes one table sheet row by row: a styled header row, frozen with the first {@code frozenColumns}
 * columns, an autofilter over the whole table, and column widths that fit what was written (measured while
 * streaming, since SXSSF cannot autosize rows it has already flushed).
 */
final class SheetWriter {

    /** How a column's values are written and formatted. */
    enum Type {
        TEXT, WRAPPED, INTEGER, DECIMAL, PERCENT, DATE, DATE_TIME
    }

    /** A column: its heading, type, and the width bounds in characters. */
    record Column(String title, Type type, int minChars, int maxChars) {

        static Column text(String title, int min, int max) {
            return new Column(title, Type.TEXT, min, max);
        }

        static Column wrapped(String title, int min, int max) {
            return new Column(title, Type.WRAPPED, min, max);
        }

        static Column of(String title, Type type) {
            return new Column(title, type, type == Type.DATE_TIME ? 16 : type == Type.DATE ? 11 : 8, 40);
        }
    }

    /** Excel refuses longer cell text. */
    private static final int MAX_CELL_CHARS = 32_767;
    private static final int CANCEL_CHECK_ROWS = 1_000;

    private final Sheet sheet;
    private final List<Column> columns;
    private final CellStyles styles;
    private final BooleanSupplier cancelled;
    private final int[] widest;
    /** per column, the last text cleaned and the result: unit names and criterion texts repeat row after row */
    private final String[] lastText;
    private final String[] lastCleaned;
    private final int[] lastChars;
    private int nextRow;

    SheetWriter(Sheet sheet, List<Column> columns, CellStyles styles, BooleanSupplier cancelled, int frozenColumns) {
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.styles = styles;
        this.cancelled = cancelled;
        this.widest = new int[columns.size()];
        this.lastText = new String[columns.size()];
        this.lastCleaned = new String[columns.size()];
        this.lastChars = new int[columns.size()];
        Row header = sheet.createRow(nextRow++);
        header.setHeightInPoints(32);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).title());
            cell.setCellStyle(styles.header);
            // a header wraps onto two lines, so it needs only half its length
            widest[c] = Math.max(columns.get(c).minChars(), (columns.get(c).title().length() + 1) / 2 + 2);
        }
        sheet.createFreezePane(frozenColumns, 1);
        printOnA4(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    /** Landscape A4, all columns on one page width: team leads print these tables for meetings. */
    static void printOnA4(Sheet sheet) {
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    void row(Object... values) {
        if (nextRow % CANCEL_CHECK_ROWS == 0 && cancelled.getAsBoolean()) {
            throw new CancellationException("summary workbook cancelled");
        }
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            Column column = columns.get(c);
            int chars = switch (column.type()) {
                case TEXT, WRAPPED -> {
                    String raw = v.toString();
                    if (raw != lastText[c]) {
                        String s = XmlText.clean(raw);
                        if (s.length() > MAX_CELL_CHARS) {
                            s = s.substring(0, MAX_CELL_CHARS - 1) + "…";
                        }
                        lastText[c] = raw;
                        lastCleaned[c] = s;
                        lastChars[c] = longestLine(s);
                    }
                    cell.setCellValue(lastCleaned[c]);
                    cell.setCellStyle(column.type() == Type.WRAPPED ? styles.wrapped : styles.text);
                    yield lastChars[c];
                }
                case INTEGER -> number(cell, ((Number) v).doubleValue(), styles.integer);
                case DECIMAL -> number(cell, ((Number) v).doubleValue(), styles.decimal);
                case PERCENT -> number(cell, ((Number) v).doubleValue(), styles.percent);
                case DATE -> {
                    cell.setCellValue((LocalDate) v);
                    cell.setCellStyle(styles.date);
                    yield 10;
                }
                case DATE_TIME -> {
                    cell.setCellValue((LocalDateTime) v);
                    cell.setCellStyle(styles.dateTime);
                    yield 16;
                }
            };
            if (chars > widest[c]) {
                widest[c] = chars;
            }
        }
    }

    private static int number(Cell cell, double value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return Double.toString(value).length();
    }

    /**
     * The width of the longest line in Excel's unit, the width of a digit: capitals and a few wide letters
     * take about a third more ("80/KH-UBND" is 10 characters and 12 digits wide), spaces about half.
     */
    static int longestLine(String s) {
        double longest = 0;
        double line = 0;
        for (int i = 0; i <= s.length(); i++) {
            char ch = i == s.length() ? '\n' : s.charAt(i);
            if (ch == '\n') {
                longest = Math.max(longest, line);
                line = 0;
            } else if (Character.isUpperCase(ch) || ch == 'm' || ch == 'w') {
                line += 1.35;
            } else if (ch == ' ' || ch == '.' || ch == ',' || ch == 'i' || ch == 'l' || ch == 't') {
                line += 0.6;
            } else {
                line += 1;
            }
        }
        return (int) Math.ceil(longest);
    }

    /** Widths and the filter, once every row is written. */
    int finish() {
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            int chars = Math.min(column.maxChars(), Math.max(column.minChars(), widest[c]));
            // Excel measures in 1/256 of a character; a little room for the filter button
            sheet.setColumnWidth(c, (chars + 2) * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
        return nextRow - 1;
    }
}
