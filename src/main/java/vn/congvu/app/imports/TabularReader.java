package vn.congvu.app.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.congvu.app.AppException;
import vn.congvu.domain.text.TextFold;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a table a user prepared in Excel: a .csv (UTF-8, with or without BOM) or the first sheet of an
 * .xlsx. The first non-empty row is the header. Headers are matched folded ("Mã" = "ma"), rows are
 * numbered as Excel shows them, and blank rows are skipped.
 */
public final class TabularReader {

    /** Bigger than any real list of units or holidays; stops a wrong file from eating memory. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_ROWS = 100_000;

    /** One data row: its number as shown in Excel, and its cells by folded header. */
    public record TableRow(int number, Map<String, String> cells) {

        /** The trimmed value of the first of {@code headers} present, or "" when none is. */
        public String get(String... headers) {
            for (String h : headers) {
                String v = cells.get(h);
                if (v != null) {
                    return v.trim();
                }
            }
            return "";
        }
    }

    /** The folded headers, in file order, and the data rows. */
    public record Table(List<String> headers, List<TableRow> rows) {

        public boolean hasAny(String... headers) {
            for (String h : headers) {
                if (this.headers.contains(h)) {
                    return true;
                }
            }
            return false;
        }
    }

    private TabularReader() {
    }

    public static Table read(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new AppException("error.import.tooLarge", file.toString());
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new AppException(e, "error.file.notFound", file.toString());
        } catch (IOException e) {
            throw new AppException(e, "error.file.unreadable", file.toString());
        }
        if (name.endsWith(".csv")) {
            return readCsv(bytes);
        }
        if (name.endsWith(".xlsx")) {
            return readXlsx(bytes);
        }
        throw new AppException("error.import.unsupportedType", file.toString());
    }

    public static Table readCsv(InputStream in) throws IOException {
        return readCsv(in.readAllBytes());
    }

    static Table readCsv(byte[] bytes) {
        String text = decodeUtf8(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        // empty lines are records too, so that record numbers stay the row numbers Excel shows; they are
        // skipped below with the rows whose cells are all blank
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false)
                .get();
        int lastRead = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headers = null;
            List<TableRow> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                int number = (int) rec.getRecordNumber();
                lastRead = number;
                List<String> values = rec.toList();
                if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                if (headers == null) {
                    headers = foldHeaders(values);
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new AppException("error.import.tooManyRows", MAX_ROWS);
                }
                rows.add(new TableRow(number, zip(headers, values)));
            }
            if (headers == null) {
                throw new AppException("error.import.empty");
            }
            return new Table(headers, rows);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // the parser only fails on quotes; its message (an exception class and English) stays in the log
            throw new AppException(e, "error.import.malformedCsv", lastRead + 1);
        }
    }

    /** Refuses text that is not UTF-8 (e.g. a CSV saved as "ANSI"), naming the line of the first bad byte. */
    static String decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int bad = firstInvalidUtf8(bytes);
            for (int i = 0; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new AppException(e, "error.import.encoding", line);
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    static Table readXlsx(byte[] bytes) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (wb.getNumberOfSheets() == 0) {
                throw new AppException("error.import.empty");
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> headers = null;
            List<TableRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                int width = Math.max(row.getLastCellNum(), 0);
                List<String> values = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    values.add(cellText(row.getCell(i), formatter));
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (headers == null) {
                    headers = foldHeaders(values);
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new AppException("error.import.tooManyRows", MAX_ROWS);
                }
                rows.add(new TableRow(row.getRowNum() + 1, zip(headers, values)));
            }
            if (headers == null) {
                throw new AppException("error.import.empty");
            }
            return new Table(headers, rows);
        } catch (AppException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new AppException(e, "error.import.malformedXlsx");
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            var t = cell.getLocalDateTimeCellValue();
            return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
        }
        return formatter.formatCellValue(cell).trim();
    }

    private static List<String> foldHeaders(List<String> values) {
        List<String> headers = new ArrayList<>(values.size());
        for (String v : values) {
            headers.add(TextFold.fold(v).replace(' ', '_'));
        }
        return headers;
    }

    private static Map<String, String> zip(List<String> headers, List<String> values) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).isEmpty()) {
                cells.put(headers.get(i), i < values.size() && values.get(i) != null ? values.get(i) : "");
            }
        }
        return cells;
    }
}
