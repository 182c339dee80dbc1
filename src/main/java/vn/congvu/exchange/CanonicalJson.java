package vn.congvu.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One text for one content, whatever the database, the row order or the JVM (docs/exchange.md, "Hash
 * canonical form"): object keys sorted, arrays of records sorted by their own canonical text, no
 * whitespace, strings in Unicode NFC with minimal escapes, booleans for 0/1 columns, integers as
 * written, REAL values as the exact decimal of the stored double rounded half-even to 6 places with
 * trailing zeros removed (Double.toString changed between JDK 17 and 19; this never changes).
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    /** Marks a value to be written as a JSON boolean from a 0/1 column (null stays null). */
    record Flag(Object value) {
    }

    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Flag f) {
            sb.append(f.value() == null ? "null" : ((Number) f.value()).intValue() != 0 ? "true" : "false");
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (v instanceof Double || v instanceof Float) {
            sb.append(decimal(((Number) v).doubleValue()));
        } else if (v instanceof Number n) {
            sb.append(n.longValue());
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : new TreeMap<>((Map<String, Object>) m).entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                string(sb, e.getKey());
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(write(o));
            }
            parts.sort(null); // String order is UTF-16 order; the rows hold ASCII keys and NFC text
            sb.append('[').append(String.join(",", parts)).append(']');
        } else {
            throw new IllegalArgumentException("not canonical: " + v.getClass());
        }
    }

    static String decimal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("not a number: " + d);
        }
        BigDecimal bd = new BigDecimal(d).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return bd.signum() == 0 ? "0" : bd.toPlainString();
    }

    private static void string(StringBuilder sb, String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }
}
