package vn.congvu.ui.visit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How dates, times and numbers are typed and shown in the visit screens: the Vietnamese way, day first
 * ("05/03/2025 08:40"), and forgiving about how they are typed ("5/3/2025 8h40", "5-3-25 8:40", ISO).
 */
final class VisitText {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{2}|\\d{4})(?:[\\s,T]+(\\d{1,2})\\s*(?:[:hHgG]\\s*(\\d{1,2})?)?\\s*)?");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[\\sT]+(\\d{1,2}):(\\d{2}))?");

    /** Thrown for text that is not what was asked; the caller shows its own message. */
    static final class BadText extends Exception {
        private static final long serialVersionUID = 1L;

        BadText(String text) {
            super(text);
        }
    }

    private VisitText() {
    }

    static String dateTime(LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /**
     * A date and time typed day first; null for blank text. The time is required: the afternoon cut-off and
     * the order of receipt and return depend on it.
     */
    static LocalDateTime parseDateTime(String text) throws BadText {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Matcher m = DAY_FIRST.matcher(t);
        int day;
        int month;
        int year;
        String hour;
        String minute;
        if (m.matches()) {
            day = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
            if (m.group(3).length() == 2) {
                year += 2000;
            }
            hour = m.group(4);
            minute = m.group(5);
        } else {
            Matcher iso = ISO.matcher(t);
            if (!iso.matches()) {
                throw new BadText(text);
            }
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
            hour = iso.group(4);
            minute = iso.group(5);
        }
        if (hour == null) {
            throw new BadText(text);
        }
        try {
            return LocalDateTime.of(year, month, day, Integer.parseInt(hour), minute == null ? 0 : Integer.parseInt(minute));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new BadText(text);
        }
    }

    /** A whole number of at most nine digits; null for blank text. Signs are kept so that "-2" can be refused by the rules. */
    static Integer parseWhole(String text) throws BadText {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("-?\\d{1,9}")) {
            throw new BadText(text);
        }
        return Integer.parseInt(t);
    }

    /** A number with a decimal comma or point ("85,5"); null for blank text. */
    static Double parseNumber(String text) throws BadText {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(',', '.');
        if (!t.matches("-?\\d{1,12}(\\.\\d{1,6})?")) {
            throw new BadText(text);
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new BadText(text);
        }
    }

    /** "12", or "85,5" in Vietnamese and "85.5" in English. */
    static String number(Double v, Locale locale) {
        if (v == null) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf(v.longValue());
        }
        String s = String.valueOf(v);
        return "vi".equals(locale.getLanguage()) ? s.replace('.', ',') : s;
    }

    /** A percentage with one decimal at most: "81,8". */
    static String percent(double v, Locale locale) {
        double rounded = Math.round(v * 10) / 10.0;
        return number(rounded, locale);
    }
}
