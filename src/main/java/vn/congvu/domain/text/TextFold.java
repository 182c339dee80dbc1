package vn.congvu.domain.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for matching: "Đống Đa" and "dong da" fold to the same string. Unicode's
 * decomposition strips the tone and vowel marks but leaves đ/Đ alone (it is a letter of its own, not
 * d with a mark), so those two are mapped by hand.
 */
public final class TextFold {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Unicode white space, so that no-break spaces (U+00A0, common in text pasted from Word) count too. */
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private TextFold() {
    }

    /** Lower-case, without diacritics, đ→d, runs of white space collapsed, trimmed. Null gives "". */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(foldStrokedD(text), Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Only đ→d and Đ→D; what FTS5's remove_diacritics cannot do for us. */
    public static String foldStrokedD(String text) {
        return text == null ? null : text.replace('đ', 'd').replace('Đ', 'D');
    }
}
