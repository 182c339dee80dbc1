package vn.congvu.report;

import java.text.Normalizer;

/**
 * Text from the database made safe for a Word or Excel file. What inspectors type can hold anything a
 * keyboard, a paste or an import gives: control characters that XML 1.0 forbids (a file holding one does not
 * open), lone surrogates from a broken paste, Windows line ends, and decomposed diacritics from some
 * keyboards that fonts then draw apart. Line breaks and tabs are kept: the writers turn them into Word
 * breaks and tabs.
 */
public final class XmlText {

    private XmlText() {
    }

    /** Null stays null; otherwise NFC, CR LF and CR as LF, and without the characters XML forbids. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String normal = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = null;
        int n = normal.length();
        for (int i = 0; i < n; i++) {
            char ch = normal.charAt(i);
            boolean keep;
            int width = 1;
            if (ch == '\r') {
                if (out == null) {
                    out = new StringBuilder(n).append(normal, 0, i);
                }
                out.append('\n');
                if (i + 1 < n && normal.charAt(i + 1) == '\n') {
                    i++;
                }
                continue;
            }
            if (Character.isHighSurrogate(ch)) {
                keep = i + 1 < n && Character.isLowSurrogate(normal.charAt(i + 1));
                width = keep ? 2 : 1;
            } else if (Character.isLowSurrogate(ch)) {
                keep = false;
            } else {
                keep = allowed(ch);
            }
            if (keep) {
                if (out != null) {
                    out.append(normal, i, i + width);
                }
            } else if (out == null) {
                out = new StringBuilder(n).append(normal, 0, i);
            }
            i += width - 1;
        }
        return out == null ? normal : out.toString();
    }

    /** Null and blank become "", for places where Word must show nothing rather than "null". */
    public static String cleanOrEmpty(String text) {
        String cleaned = clean(text);
        return cleaned == null ? "" : cleaned.strip();
    }

    /** XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] (surrogate pairs handled apart). */
    private static boolean allowed(char ch) {
        return ch == '\t' || ch == '\n' || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD);
    }
}
