package vn.congvu.ui.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as inspectors type them: day first ("5/3/2025", "05/03", "5-3-25", "05.03.2025"),
 * times "11:05" or "11h05", a time alone meaning the given day. Typed text is parsed, never replaced: a
 * field that does not parse keeps its text and says so.
 */
public final class DateInput {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/.\\-]\\s*(\\d{4}|\\d{2}))?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})\\s*(?::|h|H|g|giờ)\\s*(\\d{2})?\\s*(?:phút|p)?");

    /** What a field holds: nothing, a value, or text that is not one. */
    public record Parsed<T>(T value, boolean valid) {

        public static <T> Parsed<T> empty() {
            return new Parsed<>(null, true);
        }

        public static <T> Parsed<T> invalid() {
            return new Parsed<>(null, false);
        }

        public boolean isEmpty() {
            return valid && value == null;
        }
    }

    private DateInput() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String format(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** A day; without a year, the year of {@code reference}. */
    public static Parsed<LocalDate> date(String text, LocalDate reference) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return Parsed.empty();
        }
        LocalDate d = parseDate(s, reference);
        return d == null ? Parsed.invalid() : new Parsed<>(d, true);
    }

    /** A time of day, with or without a day before or after it; a time alone is on {@code day}. */
    public static Parsed<LocalDateTime> dateTime(String text, LocalDate day) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return Parsed.empty();
        }
        LocalDate on = day;
        String rest = s;
        Matcher date = ISO.matcher(s);
        if (!date.find()) {
            date = DATE.matcher(s);
            if (!date.find()) {
                date = null;
            }
        }
        if (date != null) {
            on = parseDate(date.group(), day);
            if (on == null) {
                return Parsed.invalid();
            }
            rest = s.substring(0, date.start()) + " " + s.substring(date.end());
        }
        rest = rest.replaceAll("(?i)lúc|ngày|,", " ").strip();
        Matcher clock = CLOCK.matcher(rest);
        if (on == null || !clock.matches()) {
            return Parsed.invalid();
        }
        try {
            int minute = clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2));
            return new Parsed<>(on.atTime(LocalTime.of(Integer.parseInt(clock.group(1)), minute)), true);
        } catch (DateTimeException e) {
            return Parsed.invalid();
        }
    }

    private static LocalDate parseDate(String s, LocalDate reference) {
        Matcher iso = ISO.matcher(s);
        try {
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher m = DATE.matcher(s);
            if (!m.matches()) {
                return null;
            }
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int year;
            if (m.group(3) == null) {
                if (reference == null) {
                    return null;
                }
                year = reference.getYear();
            } else {
                year = Integer.parseInt(m.group(3));
                if (m.group(3).length() == 2) {
                    year += 2000;
                }
            }
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
