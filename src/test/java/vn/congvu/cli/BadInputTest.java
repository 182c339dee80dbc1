package vn.congvu.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congvu.testing.CliFixtures;
import vn.congvu.testing.CliHarness;
import vn.congvu.testing.CliHarness.Run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congvu.testing.CliHarness.assertOneCleanError;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Issue 2, "bad input gets a clear error and changes nothing": every refusal is one line on stderr naming
 * the problem in the user's language, no stack trace, exit code 1 (failure) or 2 (usage), and every file in
 * the folder of the database exactly as it was (no file changed, none created).
 */
class BadInputTest {

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void harness() {
        cli = new CliHarness(dir.resolve("home"));
    }

    /** Runs {@code args}, checking that nothing under the test folder changed, and returns the run. */
    private Run runChangingNothing(String... args) {
        Map<String, String> before = CliHarness.snapshot(dir);
        Run run = cli.run(args);
        assertThat(CliHarness.snapshot(dir)).as("files after %s", List.of(args)).isEqualTo(before);
        return run;
    }

    private static String[] withDb(Path db, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Nested
    class DatabasePath {

        @Test
        void aMissingDatabaseIsNotCreatedByAnOrdinaryCommand() {
            Path db = dir.resolve("khong-co.db");

            Run run = runChangingNothing(withDb(db, "stats"));

            assertOneCleanError(run, ExitCodes.FAILURE, "Không có cơ sở dữ liệu tại " + db, "Chạy lệnh init");
        }

        @Test
        void aMissingDatabaseIsReportedInEnglishWithLangEn() {
            Path db = dir.resolve("missing.db");

            Run run = runChangingNothing(withDb(db, "--lang", "en", "list", "plans", "--json"));

            assertOneCleanError(run, ExitCodes.FAILURE, "There is no database at " + db, "Run the init command");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"stats --json", "units list", "holidays list", "due --received 2025-01-23T09:00 --days 5",
                "list plans --json", "list visits --json", "criteria list --json", "search dong da", "verify",
                "answer --visit 0123456789 --criterion 1.1 --result pass", "units import units.csv",
                "holidays import holidays.csv"})
        void everyCommandButInitRefusesAMissingDatabase(String command) throws IOException {
            Files.writeString(dir.resolve("units.csv"), "code,type,name\nSNV,Sở,Sở Nội vụ\n");
            Files.writeString(dir.resolve("holidays.csv"), "date,kind,name\n2028-01-01,off,Tết\n");
            Path db = dir.resolve("sub").resolve("congvu.db");
            List<String> args = new ArrayList<>();
            for (String word : command.split(" ")) {
                args.add(word.endsWith(".csv") ? dir.resolve(word).toString() : word);
            }

            Run run = runChangingNothing(withDb(db, args.toArray(String[]::new)));

            assertOneCleanError(run, ExitCodes.FAILURE, "Không có cơ sở dữ liệu tại " + db);
        }

        @Test
        void initDoesNotCreateAMissingFolder() {
            Path db = dir.resolve("chua-tao").resolve("congvu.db");

            Run run = runChangingNothing(withDb(db, "init"));

            assertOneCleanError(run, ExitCodes.FAILURE, "Thư mục chứa cơ sở dữ liệu không tồn tại");
            assertThat(db.getParent()).doesNotExist();
        }

        @ParameterizedTest
        @ValueSource(strings = {"init", "stats"})
        void aFolderIsNotADatabase(String command) throws IOException {
            Path folder = Files.createDirectory(dir.resolve("mot-thu-muc"));

            Run run = runChangingNothing(withDb(folder, command));

            assertOneCleanError(run, ExitCodes.FAILURE, folder + " là một thư mục, không phải tệp cơ sở dữ liệu.");
        }

        @Test
        void congvuDbNamingAMissingFileIsNotCreated() {
            Path db = dir.resolve("tu-bien-moi-truong.db");
            cli.withEnv("CONGVU_DB", db.toString());

            Run run = runChangingNothing("stats");

            assertOneCleanError(run, ExitCodes.FAILURE, "Không có cơ sở dữ liệu tại " + db);
        }

        @Test
        void aReadOnlyDatabaseIsRefusedUntouched() throws IOException {
            Path db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));
            Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
            assumeFalse(Files.isWritable(db), "running as a user who may write any file (root)");

            Run run = runChangingNothing(withDb(db, "stats"));

            assertOneCleanError(run, ExitCodes.FAILURE, "Không có quyền đọc, ghi " + db);
        }
    }

    @Nested
    class DatabaseFile {

        @ParameterizedTest
        @ValueSource(strings = {"init", "stats"})
        void aTextFileIsNotADatabase(String command) throws IOException {
            Path notDb = dir.resolve("ghi-chu.db");
            Files.writeString(notDb, "Biên bản kiểm tra, không phải cơ sở dữ liệu\n");

            Run run = runChangingNothing(withDb(notDb, command));

            assertOneCleanError(run, ExitCodes.FAILURE, "Tệp " + notDb + " không phải cơ sở dữ liệu SQLite.");
        }

        @Test
        void anEmptyFileIsNotTurnedIntoADatabaseByAnOrdinaryCommand() throws IOException {
            Path empty = Files.createFile(dir.resolve("rong.db"));

            Run run = runChangingNothing(withDb(empty, "stats"));

            assertOneCleanError(run, ExitCodes.FAILURE, "Không có cơ sở dữ liệu tại " + empty, "Chạy lệnh init");
        }

        @Test
        void initFillsAnEmptyFile() throws IOException {
            Path empty = Files.createFile(dir.resolve("rong.db"));

            Run run = cli.run(withDb(empty, "init"));

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("126 đơn vị");
        }

        @Test
        void aFileWithTheSqliteHeaderButGarbageAfterItIsRefusedUntouched() throws IOException {
            Path broken = dir.resolve("hong.db");
            byte[] bytes = new byte[8192];
            new java.util.Random(42).nextBytes(bytes);
            byte[] header = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(header, 0, bytes, 0, header.length);
            Files.write(broken, bytes);

            Run run = runChangingNothing(withDb(broken, "init"));

            assertOneCleanError(run, ExitCodes.FAILURE, broken.toString());
        }

        @Test
        void anotherProgramsSqliteDatabaseIsRefusedUntouched() {
            Path foreign = dir.resolve("khac.db");
            CliFixtures.executeSql(foreign, "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('An')");

            Run run = runChangingNothing(withDb(foreign, "init"));

            assertOneCleanError(run, ExitCodes.FAILURE, "là cơ sở dữ liệu của chương trình khác");
        }

        @ParameterizedTest
        @ValueSource(strings = {"init", "stats", "verify"})
        void aDatabaseFromANewerVersionIsRefusedUntouched(String command) {
            Path db = newerDatabase();

            Run run = runChangingNothing(withDb(db, command));

            assertOneCleanError(run, ExitCodes.FAILURE, "do phiên bản mới hơn của ứng dụng tạo ra",
                    "Hãy cập nhật ứng dụng");
        }

        @Test
        void aDatabaseFromANewerVersionIsReportedInEnglishWithLangEn() {
            Path db = newerDatabase();

            Run run = runChangingNothing(withDb(db, "--lang", "en", "stats"));

            assertOneCleanError(run, ExitCodes.FAILURE, "was made by a newer version of the app");
        }

        private Path newerDatabase() {
            Path db = CliHarness.initialisedDatabase(dir.resolve("moi-hon.db"));
            CliFixtures.executeSql(db, "INSERT INTO flyway_schema_history (installed_rank, version, description,"
                    + " type, script, checksum, installed_by, installed_on, execution_time, success)"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test',"
                    + " '2030-01-01 00:00:00', 1, 1)");
            return db;
        }
    }

    /** Usage errors: the arguments are wrong, so the database is not even opened. */
    @Nested
    class Arguments {

        private Path db;

        @BeforeEach
        void database() {
            db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));
        }

        private Run due(String received, String days) {
            return runChangingNothing(withDb(db, "due", "--received", received, "--days", days));
        }

        @Test
        void aNegativeLimit() {
            assertOneCleanError(due("2025-01-23T09:00", "-1"), ExitCodes.USAGE,
                    "Thời hạn giải quyết không được âm: -1");
        }

        @Test
        void anAbsurdlyLargeLimit() {
            assertOneCleanError(due("2025-01-23T09:00", "100000"), ExitCodes.USAGE, "là quá lớn (tối đa 365)");
        }

        @Test
        void anAbsurdlyLargeLimitInEnglish() {
            Run run = runChangingNothing(withDb(db, "--lang", "en", "due", "--received", "2025-01-23T09:00",
                    "--days", "100000"));

            assertOneCleanError(run, ExitCodes.USAGE, "is too large (at most 365)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ba", "1.5", "2147483648", ""})
        void aLimitThatIsNotAWholeNumber(String days) {
            assertOneCleanError(due("2025-01-23T09:00", days), ExitCodes.USAGE, "Giá trị --days không phải số nguyên");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-13-40T09:00", "abc", "2025-02-29T09:00", "2025-01-23 09:00", "23/01/2025",
                "2025-01-23T25:00"})
        void aMalformedReceiptTime(String received) {
            assertOneCleanError(due(received, "5"), ExitCodes.USAGE,
                    "Giá trị --received không phải ngày giờ dạng YYYY-MM-DDTHH:MM: " + received);
        }

        @ParameterizedTest
        @ValueSource(strings = {"+999999999-12-31T23:59", "-0001-01-01T09:00", "0001-01-01T09:00", "1999-12-31T09:00",
                "2101-01-01T09:00", "9999-12-31T09:00"})
        void anAbsurdReceiptYear(String received) {
            assertOneCleanError(due(received, "5"), ExitCodes.USAGE,
                    "Năm của --received phải từ 2000 đến 2100: " + received);
        }

        @Test
        void aMalformedReceiptTimeInEnglish() {
            Run run = runChangingNothing(withDb(db, "--lang", "en", "due", "--received", "2025-13-40T09:00",
                    "--days", "5"));

            assertOneCleanError(run, ExitCodes.USAGE, "is not a date and time as YYYY-MM-DDTHH:MM: 2025-13-40T09:00");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-5", "10001", "99999999999"})
        void aSearchLimitOutOfRange(String limit) {
            Run run = runChangingNothing(withDb(db, "search", "--limit", limit, "dong da"));

            assertOneCleanError(run, ExitCodes.USAGE, "--limit");
        }

        @Test
        void aSearchLimitOfZeroSaysWhatIsAllowed() {
            Run run = runChangingNothing(withDb(db, "search", "--limit", "0", "dong da"));

            assertOneCleanError(run, ExitCodes.USAGE, "Giá trị --limit phải từ 1 đến 10000: 0");
        }

        @Test
        void aYearThatIsNotANumber() {
            Run run = runChangingNothing(withDb(db, "holidays", "list", "--year", "hai-nghin"));

            assertOneCleanError(run, ExitCodes.USAGE, "Giá trị không hợp lệ cho --year: hai-nghin");
        }

        @ParameterizedTest
        @ValueSource(strings = {"maybe", "dat", "", "pass,fail"})
        void anUnknownResult(String result) {
            Run run = runChangingNothing(withDb(db, "answer", "--visit", "0123456789", "--criterion", "1.1",
                    "--result", result));

            assertOneCleanError(run, ExitCodes.USAGE, "Kết quả không hợp lệ: " + result + ". Dùng pass, fail hoặc na.");
        }

        @Test
        void anUnknownCommand() {
            assertOneCleanError(runChangingNothing(withDb(db, "frobnicate")), ExitCodes.USAGE,
                    "Không hiểu tham số hoặc lệnh: frobnicate", "Xem --help");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                units    | list, import
                holidays | import, list
                list     | plans, visits
                criteria | list
                """)
        void aCommandGroupWithoutItsSubcommand(String group, String subcommands) {
            Run run = runChangingNothing(withDb(db, group));

            assertOneCleanError(run, ExitCodes.USAGE,
                    "Lệnh congvu " + group + " cần thêm một lệnh con: " + subcommands + ".", "Xem --help");
        }

        @Test
        void aCommandGroupWithoutItsSubcommandInEnglish() {
            Run run = runChangingNothing(withDb(db, "--lang", "en", "units"));

            assertOneCleanError(run, ExitCodes.USAGE, "The command congvu units needs one of these commands: list, import.");
        }

        @Test
        void anUnknownOption() {
            assertOneCleanError(runChangingNothing(withDb(db, "stats", "--bogus")), ExitCodes.USAGE,
                    "Không hiểu tham số hoặc lệnh: --bogus");
        }

        @Test
        void anUnknownOptionInEnglish() {
            assertOneCleanError(runChangingNothing(withDb(db, "--lang", "en", "stats", "--bogus")), ExitCodes.USAGE,
                    "Unknown option or command: --bogus. See --help.");
        }

        @Test
        void aMissingRequiredOption() {
            Run run = runChangingNothing(withDb(db, "due", "--received", "2025-01-23T09:00"));

            assertOneCleanError(run, ExitCodes.USAGE, "Thiếu tham số bắt buộc: --days.");
        }

        @Test
        void allMissingRequiredOptionsAreNamedOnOneLine() {
            assertOneCleanError(runChangingNothing(withDb(db, "answer")), ExitCodes.USAGE,
                    "Thiếu tham số bắt buộc: --visit, --criterion, --result.");
        }

        @Test
        void aMissingFileParameter() {
            assertOneCleanError(runChangingNothing(withDb(db, "units", "import")), ExitCodes.USAGE,
                    "Thiếu tham số bắt buộc: FILE.");
        }

        @Test
        void anOptionGivenTwice() {
            Run run = runChangingNothing(withDb(db, "due", "--received", "2025-01-23T09:00", "--days", "1",
                    "--days", "2"));

            assertOneCleanError(run, ExitCodes.USAGE, "Tham số --days được nhập nhiều lần.");
        }

        @Test
        void dbWithoutAValue() {
            assertOneCleanError(runChangingNothing("--db"), ExitCodes.USAGE, "Thiếu tham số bắt buộc: --db.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"fr", "vn", "", "english"})
        void anUnsupportedLanguageIsRefusedInVietnamese(String lang) {
            Run run = runChangingNothing(withDb(db, "--lang", lang, "stats"));

            assertOneCleanError(run, ExitCodes.USAGE, "Ngôn ngữ không hỗ trợ: " + lang + ". Dùng vi hoặc en.");
        }

        @Test
        void aUsageErrorWithoutDbDoesNotCreateTheDefaultDatabase() {
            Run run = runChangingNothing("due", "--received", "abc", "--days", "1");

            assertOneCleanError(run, ExitCodes.USAGE, "--received");
            assertThat(dir.resolve("home")).doesNotExist();
        }
    }

    /** The store refuses a write after the database was opened: told like any other failure, not as a crash. */
    @Nested
    class RefusedWrites {

        @Test
        void aWriteTheDatabaseRefusesIsReportedInTheUsersLanguageAndLeavesNothingBehind() throws IOException {
            Path db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));
            // stands in for any refusal of SQLite at commit time (a lock held too long, a full disk, …)
            CliFixtures.executeSql(db, "CREATE TRIGGER refuse_units BEFORE INSERT ON units"
                    + " BEGIN SELECT RAISE(ABORT, 'units are read-only here'); END");
            Path csv = Files.writeString(dir.resolve("units.csv"), "code,type,name\nSNV,Sở,Sở Nội vụ\n");

            Run run = runChangingNothing(withDb(db, "units", "import", csv.toString()));

            assertOneCleanError(run, ExitCodes.FAILURE, "Dữ liệu vi phạm ràng buộc của " + db,
                    "không có gì được ghi");
            assertThat(run.err()).doesNotContain("SQLITE").doesNotContain("read-only here");
        }
    }

    /** Unit and holiday files the import refuses as a whole, before writing anything. */
    @Nested
    class ImportFiles {

        private Path db;

        @BeforeEach
        void database() {
            db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));
        }

        private Run importUnits(Path file, String... before) {
            List<String> args = new ArrayList<>(List.of(before));
            args.addAll(List.of("units", "import", file.toString()));
            return runChangingNothing(withDb(db, args.toArray(String[]::new)));
        }

        @Test
        void aUnitCsvWithMissingColumns() throws IOException {
            Path csv = Files.writeString(dir.resolve("thieu-cot.csv"), "code,name\nSNV,Sở Nội vụ\n");

            assertOneCleanError(importUnits(csv), ExitCodes.FAILURE, "Tệp thiếu cột: type.");
        }

        @Test
        void aUnitCsvWithoutTypeOrName() throws IOException {
            Path csv = Files.writeString(dir.resolve("thieu-cot.csv"), "ma,dia chi\nSNV,18 Huỳnh Thúc Kháng\n");

            assertOneCleanError(importUnits(csv), ExitCodes.FAILURE, "Tệp thiếu cột: type, name.");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"windows-1258", "ISO-8859-1"})
        void aUnitCsvInALegacyEncoding(String charset) throws IOException {
            String text = "code,type,name\nSNV,Sở,Sở Nội vụ Hà Nội\n";
            // Windows-1258 writes Vietnamese as base letters and combining tone marks; Latin-1 has only "à"
            byte[] bytes = (charset.equals("windows-1258") ? Normalizer.normalize(text, Normalizer.Form.NFD) : text)
                    .getBytes(Charset.forName(charset));
            assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)))
                    .as("the file really is not UTF-8").isInstanceOf(CharacterCodingException.class);
            Path csv = Files.write(dir.resolve("don-vi-" + charset + ".csv"), bytes);

            assertOneCleanError(importUnits(csv), ExitCodes.FAILURE,
                    "Tệp không phải UTF-8 (lỗi mã ký tự ở dòng 2)", "CSV UTF-8");
        }

        @Test
        void aUnitCsvInALegacyEncodingInEnglish() throws IOException {
            Path csv = Files.write(dir.resolve("latin1.csv"),
                    "code,type,name\nSNV,Sở,Hà Nội\n".getBytes(StandardCharsets.ISO_8859_1));

            assertOneCleanError(importUnits(csv, "--lang", "en"), ExitCodes.FAILURE,
                    "The file is not UTF-8 (bad character at line 2)");
        }

        @Test
        void anEmptyFile() throws IOException {
            Path csv = Files.writeString(dir.resolve("rong.csv"), "");

            assertOneCleanError(importUnits(csv), ExitCodes.FAILURE, "Tệp trống.");
        }

        @Test
        void aHeaderWithoutRows() throws IOException {
            Path csv = Files.writeString(dir.resolve("chi-tieu-de.csv"), "code,type,name\n");

            assertOneCleanError(importUnits(csv), ExitCodes.FAILURE, "Tệp không có dòng dữ liệu nào.");
        }

        @Test
        void manyBadRowsAreCountedOnTheOneLine() throws IOException {
            Path csv = Files.writeString(dir.resolve("nhieu-loi.csv"),
                    "code,type,name\nA,Sở,\nB,,Sở Y tế\nC,Sở,Sở Tư pháp\nA,Sở,Sở Xây dựng\n");

            assertOneCleanError(importUnits(csv), ExitCodes.FAILURE, "Dòng 2: thiếu tên đơn vị",
                    "(và 2 dòng lỗi khác)", "Không nhập gì");
        }

        @Test
        void aMissingFile() {
            Path csv = dir.resolve("khong-co.csv");

            assertOneCleanError(importUnits(csv), ExitCodes.FAILURE, "Không tìm thấy tệp: " + csv);
        }

        @Test
        void aFolderInsteadOfAFile() throws IOException {
            Path folder = Files.createDirectory(dir.resolve("thu-muc.csv"));

            assertOneCleanError(importUnits(folder), ExitCodes.FAILURE, "Không đọc được tệp: " + folder);
        }

        @Test
        void aFileOfAnotherType() throws IOException {
            Path txt = Files.writeString(dir.resolve("don-vi.txt"), "code,type,name\nSNV,Sở,Sở Nội vụ\n");

            assertOneCleanError(importUnits(txt), ExitCodes.FAILURE, "Chỉ nhập được tệp .csv hoặc .xlsx");
        }

        @Test
        void aCsvWithAnUnclosedQuoteNamesTheRow() throws IOException {
            Path csv = Files.writeString(dir.resolve("ngoac-kep.csv"),
                    "code,type,name\nSNV,Sở,Sở Nội vụ\nSYT,Sở,\"Sở Y tế\n");

            assertOneCleanError(importUnits(csv), ExitCodes.FAILURE,
                    "Tệp CSV sai định dạng ở dòng 3: dấu ngoặc kép chưa đóng hoặc đặt sai chỗ.");
        }

        @Test
        void anXlsxThatIsNotAWorkbook() throws IOException {
            Path xlsx = Files.writeString(dir.resolve("gia.xlsx"), "không phải Excel");

            assertOneCleanError(importUnits(xlsx), ExitCodes.FAILURE,
                    "Không đọc được tệp Excel: tệp hỏng hoặc không phải định dạng .xlsx.");
        }

        @Test
        void anXlsxThatIsAZipButNoWorkbook() throws IOException {
            Path xlsx = dir.resolve("nen.xlsx");
            try (var zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
                zip.putNextEntry(new ZipEntry("ghi-chu.txt"));
                zip.write("không phải bảng tính".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }

            assertOneCleanError(importUnits(xlsx, "--lang", "en"), ExitCodes.FAILURE,
                    "Cannot read the Excel file: it is damaged or not in the .xlsx format.");
        }

        @Test
        void aHolidayCsvWithMissingColumns() throws IOException {
            Path csv = Files.writeString(dir.resolve("nghi-le.csv"), "ngay,ten\n2028-01-01,Tết\n");

            Run run = runChangingNothing(withDb(db, "holidays", "import", csv.toString()));

            assertOneCleanError(run, ExitCodes.FAILURE, "Tệp thiếu cột: date, kind.");
        }

        @Test
        void aHolidayCsvWithAMalformedDate() throws IOException {
            Path csv = Files.writeString(dir.resolve("nghi-le.csv"), "date,kind,name\n2028-02-30,off,Tết\n");

            Run run = runChangingNothing(withDb(db, "holidays", "import", csv.toString()));

            assertOneCleanError(run, ExitCodes.FAILURE, "Dòng 2: ngày không hợp lệ (dạng YYYY-MM-DD): 2028-02-30");
        }
    }
}
