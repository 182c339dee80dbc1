package vn.congvu.app;

import vn.congvu.app.imports.HolidayImport;
import vn.congvu.app.imports.TabularReader;
import vn.congvu.domain.CalendarDay;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.calendar.DueDateCalculator;
import vn.congvu.domain.calendar.InvalidLimitException;
import vn.congvu.domain.calendar.WorkingDayCalendar;
import vn.congvu.store.CalendarRepository;
import vn.congvu.store.Database;
import vn.congvu.store.SettingsRepository;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The working-day calendar as this laptop knows it (holidays are data, edited every year) and the due
 * dates computed from it.
 */
public final class CalendarService {

    /** Dossiers received at or after this hour count from the next working day (to be verified: a setting). */
    public static final String SETTING_AFTERNOON_CUTOFF = "rules.afternoonCutoff";
    public static final LocalTime DEFAULT_AFTERNOON_CUTOFF = LocalTime.of(15, 0);

    private final Database db;
    private final CalendarRepository days;
    private final SettingsRepository settings;
    private volatile DueDateCalculator calculator;

    CalendarService(Database db, CalendarRepository days, SettingsRepository settings) {
        this.db = db;
        this.days = days;
        this.settings = settings;
    }

    public List<CalendarDay> days() {
        return db.read(days::allDays);
    }

    public WorkingDayCalendar calendar() {
        return calculator().calendar();
    }

    public DueDateCalculator calculator() {
        DueDateCalculator current = calculator;
        if (current == null) {
            current = db.read(c -> {
                LocalTime cutoff = settings.get(c, SETTING_AFTERNOON_CUTOFF).map(CalendarService::parseCutoff)
                        .orElse(DEFAULT_AFTERNOON_CUTOFF);
                return new DueDateCalculator(new WorkingDayCalendar(days.allDays(c)), cutoff);
            });
            calculator = current;
        }
        return current;
    }

    private static LocalTime parseCutoff(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return DEFAULT_AFTERNOON_CUTOFF;
        }
    }

    /** The date a dossier received at {@code receivedAt} is due, under this calendar's rules. */
    public LocalDate dueDate(LocalDateTime receivedAt, int limitDays, LimitKind kind) {
        try {
            return calculator().dueDate(receivedAt, limitDays, kind);
        } catch (InvalidLimitException e) {
            throw new AppException(e, "error.due." + e.reason().name(), limitDays, DueDateCalculator.MAX_LIMIT_DAYS);
        }
    }

    /** Whether the calendar has holiday data for the year of {@code date} (else due dates only skip weekends). */
    public boolean knowsYearOf(LocalDate date) {
        return calendar().coversYearOf(date);
    }

    /** Counts of what an import did. */
    public record ImportResult(int read, int written) {
    }

    /** Adds or changes the days listed in a CSV ({@code date,kind,name}); all of them or, on any bad row, none. */
    public ImportResult importHolidays(Path file) {
        List<CalendarDay> parsed = HolidayImport.parse(TabularReader.read(file));
        int written = db.write(c -> {
            int n = 0;
            for (CalendarDay day : parsed) {
                n += days.upsert(c, day);
            }
            return n;
        });
        calculator = null;
        return new ImportResult(parsed.size(), written);
    }

    /** Forgets the cached calendar after the days or the cut-off changed. */
    public void invalidate() {
        calculator = null;
    }
}
