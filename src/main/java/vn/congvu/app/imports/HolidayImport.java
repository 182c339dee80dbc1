package vn.congvu.app.imports;

import vn.congvu.app.AppException;
import vn.congvu.domain.CalendarDay;
import vn.congvu.domain.DayKind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a holiday calendar: columns {@code date,kind,name}, date as YYYY-MM-DD, kind {@code off}
 * (holiday, day in lieu) or {@code workday} (a Saturday or Sunday worked in exchange for a day off).
 */
public final class HolidayImport {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;

    private HolidayImport() {
    }

    /** ISO dates as the file format says, and also 03/02/2025 as Excel often saves them in Vietnam. */
    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(text, DAY_MONTH_YEAR);
        }
    }

    public static List<CalendarDay> parse(TabularReader.Table table) {
        List<String> missing = new ArrayList<>();
        for (String column : List.of("date", "kind")) {
            if (!table.headers().contains(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new AppException("error.import.missingColumns", String.join(", ", missing));
        }
        List<CalendarDay> days = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (TabularReader.TableRow row : table.rows()) {
            String dateText = row.get("date");
            String kindText = row.get("kind").toLowerCase(Locale.ROOT);
            LocalDate date = null;
            try {
                date = parseDate(dateText);
                if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                    errors.add(new RowError(row.number(), "error.holiday.yearOutOfRange", dateText));
                    date = null;
                }
            } catch (DateTimeParseException e) {
                errors.add(new RowError(row.number(), "error.holiday.badDate", dateText));
            }
            DayKind kind = switch (kindText) {
                case "off" -> DayKind.OFF;
                case "workday" -> DayKind.WORKDAY;
                default -> null;
            };
            if (kind == null) {
                errors.add(new RowError(row.number(), "error.holiday.badKind", row.get("kind")));
            }
            if (date != null && kind == DayKind.WORKDAY && date.getDayOfWeek() != DayOfWeek.SATURDAY
                    && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                errors.add(new RowError(row.number(), "error.holiday.workdayOnWeekday", dateText));
            }
            if (date != null && !seen.add(date)) {
                errors.add(new RowError(row.number(), "error.holiday.duplicate", dateText));
            }
            if (date != null && kind != null) {
                String name = row.get("name");
                days.add(new CalendarDay(date, kind, name.isEmpty() ? null : name));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
        if (days.isEmpty()) {
            throw new AppException("error.import.noRows");
        }
        return days;
    }
}
