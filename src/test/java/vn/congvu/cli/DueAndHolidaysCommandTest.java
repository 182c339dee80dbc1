package vn.congvu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvu.testing.CliHarness;
import vn.congvu.testing.CliHarness.Run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DueAndHolidaysCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private Path db;
    private CliHarness cli;

    @BeforeEach
    void database() {
        db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));
        cli = new CliHarness(dir.resolve("home"));
    }

    private Run due(String received, String days, String... extra) {
        String[] args = new String[5 + extra.length];
        args[0] = "due";
        args[1] = "--received";
        args[2] = received;
        args[3] = "--days";
        args[4] = days;
        System.arraycopy(extra, 0, args, 5, extra.length);
        return cli.runOn(db, args);
    }

    // Expected dates worked out by hand from the 2025–2026 calendar seeded from assets/reference.
    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-01-23T09:00 | 5 | 2025-02-06 | Thu before Tết: Fri 24/1, then Tết 27–31/1, Mon 3, Tue 4, Wed 5, Thu 6/2
            2025-01-29T10:00 | 1 | 2025-02-04 | received during Tết: counts from Mon 3/2, so Tue 4/2
            2025-04-24T09:00 | 3 | 2025-04-28 | Fri 25, swapped Saturday 26/4 worked, Mon 28
            2025-04-24T09:00 | 5 | 2025-05-05 | … Tue 29, then 30/4–4/5 off, Mon 5/5
            2025-04-29T16:00 | 1 | 2025-05-06 | after the 15:00 cut-off the day before the bridge: from Mon 5/5
            2025-12-31T09:00 | 2 | 2026-01-05 | New Year 1/1/2026 off: Fri 2/1, Mon 5/1
            2025-04-25T10:00 | 0 | 2025-04-25 | a same-day limit ends on the day of receipt
            """)
    void printsTheDueDateAndNothingElse(String received, String days, String expected, String why) {
        Run run = due(received, days);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(expected + NL);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void calendarDayLimitEndingOnNewYearMovesToTheNextWorkingDay() {
        // Mon 29/12/2025 + 3 calendar days = Thu 1/1/2026, a holiday: Fri 2/1/2026
        Run run = due("2025-12-29T09:00", "3", "--calendar-days");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("2026-01-02" + NL);
    }

    @Test
    void aDateOnlyReceiptCountsAsReceivedAtMidnight() {
        assertThat(due("2025-01-23", "5").out()).isEqualTo("2025-02-06" + NL);
    }

    @Test
    void aYearWithoutHolidayDataStillGivesTheDateButWarnsOnStderr() {
        // Mon 4/3/2030 + 3 = Thu 7/3/2030, weekends only
        Run run = due("2030-03-04T09:00", "3");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("2030-03-07" + NL);
        assertThat(run.errLines()).singleElement().asString().contains("2030").contains("thứ Bảy, Chủ nhật");
    }

    @Test
    void importedHolidaysAreListedAndUsedForDueDates() throws IOException {
        // 1/1/2028 is a Saturday, so Monday 3/1 is the day in lieu
        Path csv = dir.resolve("nghi-le-2028.csv");
        Files.writeString(csv, "date,kind,name\n2028-01-01,off,Tết Dương lịch\n2028-01-03,off,Nghỉ bù Tết Dương lịch\n",
                StandardCharsets.UTF_8);
        assertThat(due("2027-12-31T09:00", "1").out()).isEqualTo("2028-01-03" + NL);

        Run imported = cli.runOn(db, "holidays", "import", csv.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Đã đọc 2 ngày, ghi 2 thay đổi.");
        Run list = cli.runOn(db, "holidays", "list", "--year", "2028");
        assertThat(list.exitCode()).isZero();
        assertThat(list.outLines()).containsExactly("2028-01-01  off     Tết Dương lịch",
                "2028-01-03  off     Nghỉ bù Tết Dương lịch");
        Run afterImport = due("2027-12-31T09:00", "1");
        assertThat(afterImport.out()).isEqualTo("2028-01-04" + NL);
        assertThat(afterImport.err()).isEmpty();
    }

    @Test
    void holidaysListAsJsonHasDateKindAndName() throws IOException {
        Run run = cli.runOn(db, "holidays", "list", "--year", "2025", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode days = new ObjectMapper().readTree(run.out());
        assertThat(days).hasSize(13);
        assertThat(days.get(0).get("date").asText()).isEqualTo("2025-01-01");
        assertThat(days.get(0).get("kind").asText()).isEqualTo("off");
        assertThat(days.findValuesAsText("kind")).contains("workday");
        assertThat(days.findValuesAsText("name")).contains("Tết Nguyên đán Ất Tỵ");
    }

    @Test
    void holidaysListWithoutYearListsAllSeededYears() {
        Run run = cli.runOn(db, "holidays", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2025-04-26  workday").contains("2026-02-17").contains("2027-09-02");
    }

    @Test
    void aBadHolidayRowImportsNothingAndNamesTheRow() throws IOException {
        Path csv = dir.resolve("nghi-le.csv");
        Files.writeString(csv, "date,kind,name\n2028-01-01,off,Tết Dương lịch\n2028-01-05,workday,Làm bù\n",
                StandardCharsets.UTF_8);
        Map<String, String> before = CliHarness.snapshot(dir);

        Run run = cli.runOn(db, "holidays", "import", csv.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.errLines()).singleElement().asString().startsWith("Dòng 3:")
                .contains("thứ Bảy hoặc Chủ nhật").contains("Không nhập gì");
        assertThat(CliHarness.snapshot(dir)).isEqualTo(before);
    }
}
