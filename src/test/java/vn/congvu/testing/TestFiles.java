package vn.congvu.testing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Files a user would hand the app: CSVs in any encoding, and .xlsx workbooks made with POI. */
public final class TestFiles {

    private TestFiles() {
    }

    /** Writes the lines, each ended by CRLF as Excel does, in UTF-8 without BOM. */
    public static Path csv(Path dir, String name, String... lines) {
        return csv(dir, name, StandardCharsets.UTF_8, lines);
    }

    public static Path csv(Path dir, String name, Charset charset, String... lines) {
        return bytes(dir, name, (String.join("\r\n", lines) + "\r\n").getBytes(charset));
    }

    public static Path bytes(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one sheet; row i of {@code rows} is Excel row i + 1. A null row is left empty; cells are
     * written as text, or as numbers when given a Number.
     */
    public static Path xlsx(Path dir, String name, List<List<Object>> rows) {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Đơn vị");
            for (int r = 0; r < rows.size(); r++) {
                List<Object> values = rows.get(r);
                if (values == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
