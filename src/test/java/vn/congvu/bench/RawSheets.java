package vn.congvu.bench;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.SAXParserFactory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor of the summary benchmark: the same cells written with bare SXSSF (no styles, widths, filters or
 * charts, no database). The cells are taken from the exported workbook with a SAX read into a dump file, and
 * written back from it; the time to read the dump alone is measured too and taken off.
 */
final class RawSheets {

    private static final byte SHEET = 1;
    private static final byte ROW = 2;
    private static final byte TEXT = 3;
    private static final byte NUMBER = 4;

    private RawSheets() {
    }

    /** Every cell of {@code xlsx}, in order, into {@code dump}. */
    static void dump(Path xlsx, Path dump) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dump), 1 << 16))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            var parser = SAXParserFactory.newInstance();
            parser.setNamespaceAware(true);
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    out.writeByte(SHEET);
                    out.writeUTF(sheets.getSheetName());
                    parser.newSAXParser().parse(sheet, new Cells(out, strings));
                }
            }
        }
    }

    /** Writes the dumped cells with SXSSF into {@code xlsx}; with {@code xlsx} null only reads the dump. */
    static long replay(Path dump, Path xlsx) throws Exception {
        long cells = 0;
        SXSSFWorkbook wb = xlsx == null ? null : new SXSSFWorkbook(200);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(dump), 1 << 16))) {
            Sheet sheet = null;
            Row row = null;
            while (true) {
                byte kind;
                try {
                    kind = in.readByte();
                } catch (EOFException end) {
                    break;
                }
                switch (kind) {
                    case SHEET -> {
                        String name = in.readUTF();
                        sheet = wb == null ? null : wb.createSheet(name);
                    }
                    case ROW -> {
                        int r = in.readInt();
                        row = sheet == null ? null : sheet.createRow(r);
                    }
                    case TEXT -> {
                        int c = in.readShort();
                        String v = in.readUTF();
                        if (row != null) {
                            row.createCell(c).setCellValue(v);
                        }
                        cells++;
                    }
                    case NUMBER -> {
                        int c = in.readShort();
                        double v = in.readDouble();
                        if (row != null) {
                            row.createCell(c).setCellValue(v);
                        }
                        cells++;
                    }
                    default -> throw new IllegalStateException("bad dump");
                }
            }
            if (wb != null) {
                try (OutputStream out = Files.newOutputStream(xlsx)) {
                    wb.write(out);
                }
            }
        } finally {
            if (wb != null) {
                wb.close();
            }
        }
        return cells;
    }

    /** A SAX handler for sheet XML: rows, and cells as text or number. */
    private static final class Cells extends DefaultHandler {
        private final DataOutputStream out;
        private final ReadOnlySharedStringsTable strings;
        private final StringBuilder value = new StringBuilder();
        private String type;
        private int column;
        private boolean inValue;

        Cells(DataOutputStream out, ReadOnlySharedStringsTable strings) {
            this.out = out;
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            try {
                switch (local) {
                    case "row" -> {
                        out.writeByte(ROW);
                        out.writeInt(Integer.parseInt(attributes.getValue("r")) - 1);
                    }
                    case "c" -> {
                        type = attributes.getValue("t");
                        column = columnOf(attributes.getValue("r"));
                        value.setLength(0);
                    }
                    case "v", "t" -> inValue = true;
                    default -> {
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            try {
                if (local.equals("v") || local.equals("t")) {
                    inValue = false;
                } else if (local.equals("c") && value.length() > 0) {
                    if ("s".equals(type)) {
                        write(strings.getItemAt(Integer.parseInt(value.toString())).getString());
                    } else if ("inlineStr".equals(type) || "str".equals(type)) {
                        write(value.toString());
                    } else {
                        out.writeByte(NUMBER);
                        out.writeShort(column);
                        out.writeDouble(Double.parseDouble(value.toString()));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void write(String text) throws java.io.IOException {
            out.writeByte(TEXT);
            out.writeShort(column);
            out.writeUTF(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        }

        private static int columnOf(String ref) {
            int c = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                c = c * 26 + (ref.charAt(i) - 'A' + 1);
            }
            return c - 1;
        }
    }
}
