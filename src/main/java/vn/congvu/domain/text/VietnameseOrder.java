package vn.congvu.domain.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Alphabetical order as Vietnamese readers expect it: word by word ("Ba Đình" before "Bạch Mai", which a
 * plain collator that skips spaces gets wrong), letters in the Vietnamese alphabet with đ after d, tone
 * marks deciding only between otherwise equal words.
 */
public final class VietnameseOrder implements Comparator<String> {

    private final Collator collator;

    public VietnameseOrder() {
        collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        collator.setStrength(Collator.TERTIARY);
    }

    @Override
    public int compare(String a, String b) {
        String[] wa = words(a);
        String[] wb = words(b);
        for (int i = 0; i < Math.min(wa.length, wb.length); i++) {
            int c = collator.compare(wa[i], wb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(wa.length, wb.length);
    }

    private static String[] words(String s) {
        String t = s == null ? "" : s.trim();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
