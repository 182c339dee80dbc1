package vn.congvu.crash;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppException;
import vn.congvu.app.StoreErrors;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.store.Sql;
import vn.congvu.testing.CliHarness;
import vn.congvu.testing.CliHarness.Run;
import vn.congvu.testing.ReadOnlyFolder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.testing.CliHarness.assertOneCleanError;

/**
 * The data folder turning read-only and the disk filling up under a write: each is told to the user in one
 * clear line, and the database is left sound with everything written before.
 */
class HostileDiskTest {

    @TempDir
    Path dir;

    private static Unit unit(int i) {
        return new Unit(null, "DF-" + i, UnitKind.DEPARTMENT, "Đơn vị " + i + " " + "x".repeat(150), null,
                "Địa chỉ " + "y".repeat(400), null, "Ghi chú " + "z".repeat(800), 0);
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aFullDatabaseRefusesTheWriteAsDiskFullAndKeepsWhatWasThere() throws Exception {
        Path db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));
        List<String> saved = new ArrayList<>();
        AppException refusal = null;
        try (Workspace ws = Workspace.open(db, false, CliHarness.CLOCK)) {
            // SQLite's own limit on the file's size stands for a disk that is full
            long pages = ws.db().read(c -> Sql.queryLong(c, "PRAGMA page_count"));
            ws.db().write(c -> Sql.queryLong(c, "PRAGMA max_page_count = " + (pages + 8)));
            for (int i = 0; i < 200 && refusal == null; i++) {
                try {
                    saved.add(ws.units().save(unit(i)).id());
                } catch (RuntimeException e) {
                    refusal = (AppException) StoreErrors.translate(e, db);
                }
            }
            assertThat(refusal).as("the limit was reached").isNotNull();
            assertThat(refusal.key()).isEqualTo("error.store.DISK_FULL");
            // room again: the same workspace writes on
            ws.db().write(c -> Sql.queryLong(c, "PRAGMA max_page_count = 1073741823"));
            saved.add(ws.units().save(unit(999)).id());
            for (String id : saved) {
                assertThat(ws.units().find(id)).as(id).isPresent();
            }
        }
        assertThat(integrity(db)).isEqualTo("ok");
    }

    @Test
    void aRealDiskFillingUpMidImportIsToldPlainlyAndNothingIsHalfWritten() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("small-disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount.toString()),
                "cannot mount a small tmpfs here (needs root)");
        try {
            Path db = CliHarness.initialisedDatabase(mount.resolve("congvu.db"));
            CliHarness cli = new CliHarness(dir.resolve("home"));
            long unitsBefore = cli.runOn(db, "stats", "--json").out().contains("\"units\":126") ? 126 : -1;
            assertThat(unitsBefore).isEqualTo(126);
            // fill the disk, leaving a little room
            Path filler = mount.resolve("filler.bin");
            try (OutputStream out = Files.newOutputStream(filler)) {
                byte[] block = new byte[16 * 1024];
                while (Files.getFileStore(mount).getUsableSpace() > 48 * 1024) {
                    out.write(block);
                }
            } catch (IOException full) {
                // the disk is full already: fine
            }
            StringBuilder csv = new StringBuilder("code,type,name,note\r\n");
            for (int i = 0; i < 1500; i++) {
                csv.append("FULL-").append(i).append(",Sở,Sở thử số ").append(i).append(",").append("n".repeat(200))
                        .append("\r\n");
            }
            Path big = Files.writeString(dir.resolve("big.csv"), csv, StandardCharsets.UTF_8);

            Run full = cli.runOn(db, "units", "import", big.toString());
            assertOneCleanError(full, 1, "Ổ đĩa đã đầy", "Dữ liệu cũ vẫn nguyên vẹn");

            Path backup = mount.resolve("sao-luu.zip");
            Run noRoom = cli.runOn(db, "backup", "--out", backup.toString());
            assertThat(noRoom.exitCode()).isEqualTo(1);
            assertThat(noRoom.err()).contains("Ổ đĩa");
            try (var listing = Files.list(mount)) {
                assertThat(listing.map(p -> p.getFileName().toString()))
                        .as("no half-written backup or temporary file").allMatch(n -> n.startsWith("congvu.db") || n.equals("filler.bin"));
            }

            Files.delete(filler);
            assertThat(integrity(db)).isEqualTo("ok");
            assertThat(cli.runOn(db, "stats", "--json").out()).as("all or nothing").contains("\"units\":126");
            Run again = cli.runOn(db, "units", "import", big.toString());
            assertThat(again.exitCode()).as("room again: %s", again.err()).isZero();
            assertThat(cli.runOn(db, "stats", "--json").out()).contains("\"units\":1626");
        } finally {
            if (!run("umount", mount.toString())) {
                run("umount", "-l", mount.toString());
            }
        }
    }

    @Test
    void aReadOnlyDataFolderRefusesCommandsCleanlyAndChangesNothing() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("data"));
        Path db = CliHarness.initialisedDatabase(folder.resolve("congvu.db"));
        Path csv = Files.writeString(dir.resolve("u.csv"), "code,type,name\r\nRO-1,Sở,Sở thử\r\n", StandardCharsets.UTF_8);
        Map<String, String> before = CliHarness.snapshot(folder);

        try (ReadOnlyFolder ro = ReadOnlyFolder.make(folder)) {
            Run run = new CliHarness(dir.resolve("home")).runOn(db, "units", "import", csv.toString());
            assertOneCleanError(run, 1, "Không có quyền đọc, ghi", db.toString());
        }
        assertThat(CliHarness.snapshot(folder)).isEqualTo(before);
    }

    @Test
    void aDataFolderTurningReadOnlyUnderTheAppFailsTheSaveAndLosesNothing() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("data"));
        Path db = CliHarness.initialisedDatabase(folder.resolve("congvu.db"));
        String first;
        AppException refusal = null;
        try (Workspace ws = Workspace.open(db, false, CliHarness.CLOCK)) {
            first = ws.units().save(unit(1)).id();
            try (ReadOnlyFolder ro = ReadOnlyFolder.make(folder)) {
                try {
                    ws.units().save(unit(2));
                } catch (RuntimeException e) {
                    refusal = (AppException) StoreErrors.translate(e, db);
                }
            }
        }
        assertThat(refusal).as("the save was refused").isNotNull();
        assertThat(refusal.key()).isEqualTo("error.store.NOT_WRITABLE");
        assertThat(integrity(db)).isEqualTo("ok");
        try (Workspace ws = Workspace.open(db, false, CliHarness.CLOCK)) {
            assertThat(ws.units().find(first)).isPresent();
            assertThat(ws.units().list("DF-2")).isEmpty();
            assertThat(ws.units().save(unit(3)).id()).isNotNull();
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
