package vn.congvu.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.imports.ImportException;
import vn.congvu.app.imports.RowError;
import vn.congvu.domain.CalendarDay;
import vn.congvu.domain.DayKind;
import vn.congvu.domain.LimitKind;
import vn.congvu.testing.AuditEntries;
import vn.congvu.testing.TestFiles;
import vn.congvu.testing.TestWorkspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class CalendarServiceTest {

    /** Friday before Tết Ất Tỵ (27–31/1/2025 off). */
    private static final LocalDateTime FRIDAY_BEFORE_TET = LocalDateTime.of(2025, 1, 24, 9, 0);
    /** Tuesday before the 30/4–1/5 holidays and the day off swapped for Saturday 26/4, at 16:00. */
    private static final LocalDateTime LATE_BEFORE_MAY_BRIDGE = LocalDateTime.of(2025, 4, 29, 16, 0);

    @TempDir
    Path dir;

    private TestWorkspace t;
    private CalendarService calendar;

    @BeforeEach
    void open() {
        t = TestWorkspace.open(dir);
        calendar = t.ws().calendar();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void dueDateSkipsTheSeededTetHolidays() {
        // Mon 3, Tue 4, Wed 5/2
        assertThat(calendar.dueDate(FRIDAY_BEFORE_TET, 3, LimitKind.WORKING_DAYS)).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void dossierReceivedAfterTheCutoffCountsFromTheNextWorkingDay() {
        // 16:00 is after 15:00: deemed received on the next working day. 30/4, 1/5 and 2/5 are off and 3–4/5 is
        // a weekend, so that is Mon 5/5; two working days after it: Tue 6/5, Wed 7/5.
        assertThat(calendar.dueDate(LATE_BEFORE_MAY_BRIDGE, 2, LimitKind.WORKING_DAYS))
                .isEqualTo(LocalDate.of(2025, 5, 7));
        // the same dossier at 14:59 counts from Tue 29/4: Mon 5/5, Tue 6/5
        assertThat(calendar.dueDate(LATE_BEFORE_MAY_BRIDGE.withHour(14).withMinute(59), 2, LimitKind.WORKING_DAYS))
                .isEqualTo(LocalDate.of(2025, 5, 6));
    }

    @Test
    void cutoffSettingIsHonouredOnceTheCalendarIsInvalidated() {
        assertThat(calendar.dueDate(LATE_BEFORE_MAY_BRIDGE, 2, LimitKind.WORKING_DAYS))
                .isEqualTo(LocalDate.of(2025, 5, 7));
        t.ws().db().write(c -> t.ws().settingsRepository().put(c, CalendarService.SETTING_AFTERNOON_CUTOFF, "17:00"));
        assertThat(calendar.dueDate(LATE_BEFORE_MAY_BRIDGE, 2, LimitKind.WORKING_DAYS))
                .as("still the cached 15:00").isEqualTo(LocalDate.of(2025, 5, 7));

        calendar.invalidate();

        assertThat(calendar.calculator().afternoonCutoff()).hasToString("17:00");
        assertThat(calendar.dueDate(LATE_BEFORE_MAY_BRIDGE, 2, LimitKind.WORKING_DAYS))
                .isEqualTo(LocalDate.of(2025, 5, 6));
    }

    @Test
    void unreadableCutoffSettingFallsBackToThreeInTheAfternoon() {
        t.ws().db().write(c -> t.ws().settingsRepository().put(c, CalendarService.SETTING_AFTERNOON_CUTOFF, "3 giờ"));
        calendar.invalidate();
        assertThat(calendar.calculator().afternoonCutoff()).isEqualTo(CalendarService.DEFAULT_AFTERNOON_CUTOFF);
    }

    @Test
    void limitOutOfRangeIsAnAppError() {
        assertThatThrownBy(() -> calendar.dueDate(FRIDAY_BEFORE_TET, -1, LimitKind.WORKING_DAYS))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("error.due.NEGATIVE_LIMIT"));
        assertThatThrownBy(() -> calendar.dueDate(FRIDAY_BEFORE_TET, 366, LimitKind.WORKING_DAYS))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.key()).isEqualTo("error.due.LIMIT_TOO_LARGE"));
    }

    @Test
    void calendarKnowsTheSeededYearsOnly() {
        assertThat(calendar.knowsYearOf(LocalDate.of(2025, 6, 1))).isTrue();
        assertThat(calendar.knowsYearOf(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(calendar.knowsYearOf(LocalDate.of(2028, 1, 3))).isFalse();
    }

    @Test
    void importedDayOffMovesTheDueDate() {
        Path file = TestFiles.csv(dir, "ngay-nghi.csv", "date,kind,name", "2025-02-03,off,Nghỉ thêm sau Tết");
        assertThat(calendar.dueDate(FRIDAY_BEFORE_TET, 3, LimitKind.WORKING_DAYS)).isEqualTo(LocalDate.of(2025, 2, 5));

        CalendarService.ImportResult result = calendar.importHolidays(file);

        assertThat(result).isEqualTo(new CalendarService.ImportResult(1, 1));
        assertThat(calendar.dueDate(FRIDAY_BEFORE_TET, 3, LimitKind.WORKING_DAYS)).isEqualTo(LocalDate.of(2025, 2, 6));
        assertThat(calendar.days()).hasSize(36)
                .contains(new CalendarDay(LocalDate.of(2025, 2, 3), DayKind.OFF, "Nghỉ thêm sau Tết"));
    }

    @Test
    void importedWorkdayAndRenamedHolidayAreUpserted() {
        Path file = TestFiles.csv(dir, "ngay-nghi.csv",
                "Date,Kind,Name",
                "2025-04-30,OFF,Ngày Giải phóng miền Nam",
                "2025-09-01,off,Quốc khánh",
                "2028-01-01,off,Tết Dương lịch",
                "2028-01-08,Workday,Làm bù");

        CalendarService.ImportResult result = calendar.importHolidays(file);

        assertThat(result).isEqualTo(new CalendarService.ImportResult(4, 3));
        assertThat(calendar.days()).hasSize(37)
                .contains(new CalendarDay(LocalDate.of(2025, 4, 30), DayKind.OFF, "Ngày Giải phóng miền Nam"),
                        new CalendarDay(LocalDate.of(2028, 1, 8), DayKind.WORKDAY, "Làm bù"));
        assertThat(calendar.knowsYearOf(LocalDate.of(2028, 3, 1))).isTrue();
        assertThat(calendar.importHolidays(file)).isEqualTo(new CalendarService.ImportResult(4, 0));
    }

    @Test
    void badHolidayRowsAreAllListedAndNothingIsWritten() {
        Path file = TestFiles.csv(dir, "ngay-nghi.csv",
                "date,kind,name",
                "2025-02-03,off,Nghỉ thêm",
                "2025-02-30,off,Ngày không có",
                "2025-02-04,holiday,Loại sai",
                "2025-02-05,workday,Thứ Tư làm bù",
                "2025-02-03,off,Lặp lại",
                "03/02/2025,off,Kiểu ngày Excel, lặp ngày 03/02");
        long audit = AuditEntries.count(t.ws().db());

        assertThatThrownBy(() -> calendar.importHolidays(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.errors()).extracting(RowError::row, RowError::key).containsExactly(
                        tuple(3, "error.holiday.badDate"),
                        tuple(4, "error.holiday.badKind"),
                        tuple(5, "error.holiday.workdayOnWeekday"),
                        tuple(6, "error.holiday.duplicate"),
                        tuple(7, "error.holiday.duplicate")));

        assertThat(calendar.days()).hasSize(35);
        assertThat(AuditEntries.count(t.ws().db())).isEqualTo(audit);
        assertThat(calendar.dueDate(FRIDAY_BEFORE_TET, 3, LimitKind.WORKING_DAYS)).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void datesWrittenDayFirstAsExcelSavesThemAreRead() {
        Path file = TestFiles.csv(dir, "ngay-nghi.csv", "date,kind,name", "03/02/2025,off,Nghỉ thêm",
                "31/2/2025,off,Ngày không có");
        assertThatThrownBy(() -> calendar.importHolidays(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.errors()).extracting(RowError::row, RowError::key)
                        .containsExactly(tuple(3, "error.holiday.badDate")));
        Path good = TestFiles.csv(dir, "ngay-nghi-2.csv", "date,kind,name", "03/02/2025,off,Nghỉ thêm");
        calendar.importHolidays(good);
        assertThat(calendar.dueDate(FRIDAY_BEFORE_TET, 3, LimitKind.WORKING_DAYS)).isEqualTo(LocalDate.of(2025, 2, 6));
    }

    @Test
    void holidayFileWithoutItsColumnsIsRefused() {
        Path file = TestFiles.csv(dir, "ngay-nghi.csv", "ngay,ten", "2025-02-03,Nghỉ");
        assertThatThrownBy(() -> calendar.importHolidays(file)).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.key()).isEqualTo("error.import.missingColumns");
            assertThat(e.args()).containsExactly("date, kind");
        });
        List<CalendarDay> days = calendar.days();
        assertThat(days).hasSize(35);
    }
}
