package vn.congvu.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import vn.congvu.store.VersionVector;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one table as they travel: {@code {"table": "answers", "columns": [...], "rows": [[v1, v2,
 * ..., {"device": revision}], ...]}}. Values are JSON strings, numbers or null, exactly as SQLite holds
 * them; the last element of a row is its version history (absent for the audit log).
 */
public record TableData(String table, List<String> columns, List<Object[]> rows, List<VersionVector> clocks) {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Column name → position, built once per table (a merge looks columns up for every row). */
    Map<String, Integer> positions() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            m.put(columns.get(i), i);
        }
        return m;
    }

    public boolean hasClocks() {
        return clocks != null;
    }

    public int indexOf(String column) {
        return columns.indexOf(column);
    }

    /** A row as column → value. */
    public Map<String, Object> row(int i) {
        Map<String, Object> m = new HashMap<>();
        Object[] r = rows.get(i);
        for (int c = 0; c < columns.size(); c++) {
            m.put(columns.get(c), r[c]);
        }
        return m;
    }

    public byte[] toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("table", table);
            g.writeArrayFieldStart("columns");
            for (String c : columns) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            for (int i = 0; i < rows.size(); i++) {
                g.writeStartArray();
                for (Object v : rows.get(i)) {
                    writeValue(g, v);
                }
                if (clocks != null) {
                    g.writeStartObject();
                    for (Map.Entry<String, Long> e : clocks.get(i).asMap().entrySet()) {
                        g.writeNumberField(e.getKey(), e.getValue());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeRaw('\n');
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Integer n) {
            g.writeNumber(n);
        } else if (v instanceof Long n) {
            g.writeNumber(n);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass());
        }
    }

    /**
     * Parses the entry of {@code expectedTable}. Structure errors are INVALID_RECORD: a manifest with good
     * hashes over malformed records is not damage but a bad package.
     */
    static TableData parse(byte[] bytes, String expectedTable, boolean withClocks) {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            String table = null;
            List<String> columns = null;
            List<Object[]> rows = new ArrayList<>();
            List<VersionVector> clocks = withClocks ? new ArrayList<>() : null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "table" -> table = p.getValueAsString();
                    case "columns" -> {
                        expect(t, JsonToken.START_ARRAY);
                        columns = new ArrayList<>();
                        while (p.nextToken() == JsonToken.VALUE_STRING) {
                            columns.add(p.getText());
                        }
                        expect(p.currentToken(), JsonToken.END_ARRAY);
                    }
                    case "rows" -> {
                        expect(t, JsonToken.START_ARRAY);
                        if (columns == null) {
                            throw bad(expectedTable, "rows before columns");
                        }
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            rows.add(readRow(p, columns.size(), expectedTable));
                            if (withClocks) {
                                clocks.add(readClock(p, expectedTable));
                            }
                            expect(p.nextToken(), JsonToken.END_ARRAY);
                        }
                        expect(p.currentToken(), JsonToken.END_ARRAY);
                    }
                    default -> p.skipChildren();
                }
            }
            if (!expectedTable.equals(table) || columns == null) {
                throw bad(expectedTable, "table name or columns");
            }
            return new TableData(table, columns, rows, clocks);
        } catch (IOException | IllegalArgumentException e) {
            throw new PackageException(e, PackageException.Problem.INVALID_RECORD, expectedTable, e.getMessage());
        }
    }

    private static Object[] readRow(JsonParser p, int width, String table) throws IOException {
        Object[] row = new Object[width];
        for (int i = 0; i < width; i++) {
            JsonToken t = p.nextToken();
            row[i] = switch (t) {
                case VALUE_NULL -> null;
                case VALUE_STRING -> p.getText();
                case VALUE_NUMBER_INT -> p.getLongValue();
                case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                default -> throw bad(table, "value " + t);
            };
        }
        return row;
    }

    private static VersionVector readClock(JsonParser p, String table) throws IOException {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        Map<String, Long> m = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String device = p.currentName();
            if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                throw bad(table, "clock");
            }
            m.put(device, p.getLongValue());
        }
        return VersionVector.of(m);
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalArgumentException("expected " + expected + " but found " + actual);
        }
    }

    private static PackageException bad(String table, String what) {
        return new PackageException(PackageException.Problem.INVALID_RECORD, table, what);
    }
}
