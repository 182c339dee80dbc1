package vn.congvu.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.testing.CliHarness;
import vn.congvu.testing.CliHarness.Run;
import vn.congvu.testing.ReadOnlyFolder;
import vn.congvu.testing.TestFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.testing.CliHarness.assertOneCleanError;

class BackupRestoreCommandTest {

    @TempDir
    Path dir;

    private CliHarness cli() {
        return new CliHarness(dir.resolve("home"));
    }

    private Path db() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("data"));
        return CliHarness.initialisedDatabase(folder.resolve("congvu.db"));
    }

    private Path unitsCsv(String code, String name) {
        return TestFiles.csv(dir, code + ".csv", "code,type,name", code + ",Sở," + name);
    }

    @Test
    void backupThenRestoreBringsTheDatabaseBack() throws IOException {
        Path db = db();
        Path backup = dir.resolve("sao-luu.zip");

        Run made = cli().runOn(db, "backup", "--out", backup.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).startsWith("Đã sao lưu vào " + backup).contains("0 cuộc kiểm tra");

        assertThat(cli().runOn(db, "units", "import", unitsCsv("SO-77", "Sở Công Thương").toString()).exitCode()).isZero();
        assertThat(cli().runOn(db, "units", "list", "--search", "Cong Thuong").out()).contains("SO-77");

        Run restored = cli().runOn(db, "restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Đã khôi phục " + db.toAbsolutePath())
                .contains("Dữ liệu trước khi khôi phục được giữ tại " + dir.resolve("data").resolve("backups").toAbsolutePath());
        assertThat(cli().runOn(db, "units", "list", "--search", "Cong Thuong").out()).doesNotContain("SO-77");
        assertThat(cli().runOn(db, "verify").exitCode()).isZero();

        Run listed = cli().runOn(db, "backups");
        assertThat(listed.out()).contains("Trước khi khôi phục");
        assertThat(cli().runOn(db, "restore", "--latest").exitCode()).isZero();
        assertThat(cli().runOn(db, "units", "list", "--search", "Cong Thuong").out()).contains("SO-77");
    }

    @Test
    void restoringSomethingThatIsNoBackupSaysSoInVietnameseAndChangesNothing() throws IOException {
        Path db = db();
        Path notes = Files.writeString(dir.resolve("ghi-chu.zip"), "không phải tệp zip", StandardCharsets.UTF_8);
        Map<String, String> before = CliHarness.snapshot(db.getParent());

        Run run = cli().runOn(db, "restore", notes.toString());

        assertOneCleanError(run, ExitCodes.FAILURE, "không phải bản sao lưu của CongVu Inspector",
                "Không có gì bị thay đổi");
        assertThat(CliHarness.snapshot(db.getParent())).isEqualTo(before);
    }

    @Test
    void restoreNeedsAFileOrLatestButNotBoth() throws IOException {
        Path db = db();
        assertOneCleanError(cli().runOn(db, "restore"), ExitCodes.USAGE, "--latest");
        assertOneCleanError(cli().runOn(db, "restore", "x.zip", "--latest"), ExitCodes.USAGE, "--latest");
        assertOneCleanError(cli().runOn(db, "restore", "--latest"), ExitCodes.FAILURE, "Chưa có bản sao lưu nào");
    }

    @Test
    void backupIntoAMissingFolderIsAUsageError() throws IOException {
        Path db = db();
        assertOneCleanError(cli().runOn(db, "backup", "--out", dir.resolve("khong-co/x.zip").toString()),
                ExitCodes.USAGE, "khong-co không tồn tại");
    }

    @Test
    void restoreIntoAReadOnlyDataFolderChangesNothing() throws Exception {
        Path db = db();
        Path backup = dir.resolve("sao-luu.zip");
        assertThat(cli().runOn(db, "backup", "--out", backup.toString()).exitCode()).isZero();
        Map<String, String> before = CliHarness.snapshot(db.getParent());

        try (ReadOnlyFolder ro = ReadOnlyFolder.make(db.getParent())) {
            assertOneCleanError(cli().runOn(db, "restore", backup.toString()), ExitCodes.FAILURE,
                    "Không có quyền ghi vào thư mục dữ liệu", "Dữ liệu hiện tại vẫn nguyên vẹn");
        }
        assertThat(CliHarness.snapshot(db.getParent())).isEqualTo(before);
    }

    @Test
    void diagnosticsHoldFactsAndLogsButNoneOfTheData() throws Exception {
        Path db = db();
        Path csv = TestFiles.csv(dir, "secret.csv", "code,type,name,note",
                "SO-88,Sở,Sở Bí Mật Quốc Gia,Ghi chú riêng của đoàn kiểm tra");
        assertThat(cli().runOn(db, "units", "import", csv.toString()).exitCode()).isZero();
        Path out = dir.resolve("chan-doan.zip");

        Run run = cli().runOn(db, "diagnostics", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Đã lưu tệp chẩn đoán " + out);
        Map<String, String> entries = unzip(out);
        assertThat(entries).containsKey("diagnostics.json");
        assertThat(entries.keySet()).anyMatch(n -> n.startsWith("logs/"));
        String report = entries.get("diagnostics.json");
        assertThat(report).contains("\"schemaVersion\"", "\"pageSize\"", "\"quickCheck\" : [ \"ok\" ]", "\"units\" : 127",
                "\"java.version\"", "\"os.name\"");
        for (Map.Entry<String, String> e : entries.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).doesNotContain("Bí Mật").doesNotContain("Ghi chú riêng")
                    .doesNotContain("Phường Hoàn Kiếm").doesNotContain("Hoan Kiem");
        }
        byte[] raw = Files.readAllBytes(out);
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("SQLite format 3");
    }

    @Test
    void diagnosticsDescribeADamagedDatabaseWithoutTouchingIt() throws Exception {
        Path db = db();
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 0; i < 100; i++) {
            bytes[i] = 0x20;
        }
        Files.write(db, bytes);
        Map<String, String> before = CliHarness.snapshot(db.getParent());

        Run run = cli().runOn(db, "diagnostics", "--out", dir.resolve("d.zip").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(unzip(dir.resolve("d.zip")).get("diagnostics.json")).contains("\"problem\" : \"NOT_A_DATABASE\"");
        assertThat(CliHarness.snapshot(db.getParent())).isEqualTo(before);
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                z.transferTo(bytes);
                byte[] content = bytes.toByteArray();
                if (e.getName().endsWith(".gz")) {
                    content = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(content)).readAllBytes();
                }
                out.put(e.getName(), new String(content, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
