package vn.congvu.app.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppException;
import vn.congvu.app.ProgressSink;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Evidence;
import vn.congvu.domain.UnitKind;
import vn.congvu.store.Database;
import vn.congvu.testing.CliHarness;
import vn.congvu.testing.ReadOnlyFolder;
import vn.congvu.testing.Records;
import vn.congvu.testing.TestWorkspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupServiceTest {

    @TempDir
    Path dir;

    private TestWorkspace tw;

    @BeforeEach
    void open() {
        tw = TestWorkspace.open(dir);
    }

    @AfterEach
    void close() {
        tw.close();
    }

    private Workspace ws() {
        return tw.ws();
    }

    private String addUnit(String code, String name) {
        return ws().units().save(Records.unit(code, UnitKind.DEPARTMENT, name)).id();
    }

    private BackupService closedService() {
        return new BackupService(tw.file(), tw.clock());
    }

    private static AppException refusal(Runnable r) {
        try {
            r.run();
        } catch (AppException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void anAutomaticBackupIsACheckedCopyWithItsManifestInTheBackupsFolder() throws Exception {
        addUnit("SO-01", "Sở Nội vụ");

        BackupEntry made = ws().backups().takeAutomatic(BackupReason.STARTUP, null).orElseThrow();

        assertThat(made.file().getParent()).isEqualTo(dir.resolve("backups"));
        assertThat(made.file().getFileName().toString()).matches("congvu-\\d{8}-\\d{6}-khoi-dong\\.zip");
        BackupManifest m = made.manifest().orElseThrow();
        assertThat(m.reason()).isEqualTo(BackupReason.STARTUP);
        assertThat(m.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        assertThat(m.counts()).containsEntry("units", 127L);
        assertThat(m.database().integrity()).isEqualTo("ok");
        assertThat(m.evidence().included()).isFalse();
        assertThat(m.lastChangeAt()).isNotBlank();
        assertThat(closedService().check(made.file()).database().sha256()).isEqualTo(m.database().sha256());
        try (var listing = Files.list(dir.resolve("backups"))) {
            assertThat(listing).as("no temporary file left").containsExactly(made.file());
        }
    }

    @Test
    void aBackupOfAnUnchangedDatabaseIsSkipped() {
        assertThat(ws().backups().takeAutomatic(BackupReason.STARTUP, null)).isPresent();
        tw.clock().advance(Duration.ofMinutes(5));
        assertThat(ws().backups().takeAutomatic(BackupReason.STARTUP, null)).isEmpty();

        addUnit("SO-02", "Sở Tư pháp");
        tw.clock().advance(Duration.ofMinutes(5));
        assertThat(ws().backups().takeAutomatic(BackupReason.FINALISED, "visit-1")).isPresent();
        assertThat(ws().backups().list()).hasSize(2);
    }

    @Test
    void rotationKeepsTheNewestTenAndTheNewestOfEachMonth() {
        List<Path> made = new ArrayList<>();
        // three a month for six months
        for (int i = 0; i < 18; i++) {
            addUnit("R-" + i, "Đơn vị " + i);
            made.add(ws().backups().takeAutomatic(BackupReason.STARTUP, null).orElseThrow().file());
            tw.clock().advance(Duration.ofDays(10));
        }

        List<Path> kept = ws().backups().list().stream().map(BackupEntry::file).toList();

        List<Path> expected = new ArrayList<>(made.subList(8, 18));
        // older ones: the newest of April (5) and of March (2); May's newest (8) is among the ten
        expected.add(made.get(5));
        expected.add(made.get(2));
        assertThat(kept).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(kept.get(0)).isEqualTo(made.get(17));
    }

    @Test
    void restoreBringsBackTheBackupAndKeepsTheReplacedDatabaseAsABackup() throws IOException {
        BackupEntry backup = ws().backups().takeAutomatic(BackupReason.STARTUP, null).orElseThrow();
        String later = addUnit("SO-03", "Sở Xây dựng");
        tw.close();

        RestoreResult result = closedService().restore(backup.file(), ProgressSink.NONE);

        assertThat(result.keptAs()).isPresent();
        assertThat(result.keptAs().get().getFileName().toString()).endsWith("-truoc-khoi-phuc.zip");
        Workspace restored = tw.reopen();
        assertThat(restored.units().find(later)).isEmpty();
        assertThat(restored.stats().fileCheck(true)).isEmpty();
        restored.close();

        // and the kept one restores to what was there before
        closedService().restore(result.keptAs().get(), ProgressSink.NONE);
        assertThat(tw.reopen().units().find(later)).isPresent();
        assertThat(dir.resolve("congvu.db.restore-pending")).doesNotExist();
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".restore-"));
        }
    }

    @Test
    void aDamagedDatabaseIsReplacedByItsLatestGoodBackup() throws Exception {
        BackupEntry backup = ws().backups().takeAutomatic(BackupReason.STARTUP, null).orElseThrow();
        tw.close();
        byte[] bytes = Files.readAllBytes(tw.file());
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(tw.file(), bytes);

        assertThat(closedService().latestGood()).map(BackupEntry::file).contains(backup.file());
        closedService().restore(backup.file(), ProgressSink.NONE);

        assertThat(tw.reopen().stats().counts()).containsEntry("units", 126L);
    }

    @Test
    void aFileThatIsNoBackupIsRefusedAndNothingChanges() throws Exception {
        tw.close();
        Map<String, String> before = CliHarness.snapshot(dir);
        Path text = Files.writeString(Files.createTempFile(dir.getParent(), "bien-ban", ".zip"), "Biên bản kiểm tra");
        Path otherZip = zip(Files.createTempFile(dir.getParent(), "other", ".zip"), Map.of("readme.txt", "xin chào".getBytes(StandardCharsets.UTF_8)));
        Path rawDb = Files.copy(tw.file(), dir.getParent().resolve("raw-" + System.nanoTime() + ".db"));

        for (Path bad : List.of(text, otherZip, rawDb)) {
            AppException e = refusal(() -> closedService().restore(bad, ProgressSink.NONE));
            assertThat(e.key()).as(bad.toString()).isEqualTo("error.backup.notBackup");
        }
        assertThat(refusal(() -> closedService().restore(dir.resolve("khong-co.zip"), ProgressSink.NONE)).key())
                .isEqualTo("error.file.notFound");
        assertThat(CliHarness.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aBackupFromANewerVersionIsRefused() throws Exception {
        Path backup = ws().backups().takeAutomatic(BackupReason.STARTUP, null).orElseThrow().file();
        tw.close();
        Map<String, String> before = CliHarness.snapshot(dir);

        Path newerManifest = rewrite(backup, dir.getParent().resolve("newer-manifest.zip"), (manifest, db) -> {
            manifest.put("schemaVersion", Database.SCHEMA_VERSION + 1);
            manifest.put("appVersion", "9.0.0");
            return db;
        });
        Path newerDatabase = rewrite(backup, dir.getParent().resolve("newer-db.zip"), (manifest, db) -> {
            Path f = Files.createTempFile(dir.getParent(), "newer", ".db");
            Files.write(f, db);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
                st.execute("UPDATE flyway_schema_history SET version = '99' WHERE installed_rank = 1");
            }
            byte[] changed = Files.readAllBytes(f);
            ObjectNode database = (ObjectNode) manifest.get("database");
            database.put("sha256", CliHarness.sha256(f));
            database.put("size", changed.length);
            return changed;
        });

        assertThat(refusal(() -> closedService().restore(newerManifest, ProgressSink.NONE)).key())
                .isEqualTo("error.backup.newer");
        assertThat(refusal(() -> closedService().restore(newerDatabase, ProgressSink.NONE)).key())
                .isEqualTo("error.backup.newer");
        assertThat(CliHarness.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aDamagedBackupIsRefused() throws Exception {
        Path backup = ws().backups().takeAutomatic(BackupReason.STARTUP, null).orElseThrow().file();
        tw.close();
        Map<String, String> before = CliHarness.snapshot(dir);

        Path flipped = rewrite(backup, dir.getParent().resolve("flipped.zip"), (manifest, db) -> {
            db[db.length / 2] ^= 0x40;
            return db;
        });
        Path corruptButHashed = rewrite(backup, dir.getParent().resolve("corrupt.zip"), (manifest, db) -> {
            for (int i = 8192; i < db.length; i += 5) {
                db[i] = 0x11;
            }
            ((ObjectNode) manifest.get("database")).put("sha256", sha256(db));
            return db;
        });
        Path truncated = dir.getParent().resolve("truncated.zip");
        byte[] whole = Files.readAllBytes(backup);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThat(refusal(() -> closedService().restore(flipped, ProgressSink.NONE)).key()).isEqualTo("error.backup.damaged");
        assertThat(refusal(() -> closedService().restore(corruptButHashed, ProgressSink.NONE)).key())
                .isEqualTo("error.backup.damaged");
        assertThat(refusal(() -> closedService().restore(truncated, ProgressSink.NONE)).key())
                .isIn("error.backup.notBackup", "error.backup.damaged");
        assertThat(CliHarness.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void restoringIntoAReadOnlyFolderChangesNothing() throws Exception {
        Path backup = ws().backups().takeAutomatic(BackupReason.STARTUP, null).orElseThrow().file();
        Path outside = Files.copy(backup, dir.getParent().resolve("ro-" + System.nanoTime() + ".zip"));
        tw.close();
        Map<String, String> before = CliHarness.snapshot(dir);

        try (ReadOnlyFolder ro = ReadOnlyFolder.make(dir)) {
            AppException e = refusal(() -> closedService().restore(outside, ProgressSink.NONE));
            assertThat(e.key()).isEqualTo("error.restore.notWritable");
        }
        assertThat(CliHarness.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void restoreIsRefusedWhileTheAppHasTheDatabaseOpen() {
        Path backup = ws().backups().takeAutomatic(BackupReason.STARTUP, null).orElseThrow().file();
        tw.close();
        try (InUseLock held = InUseLock.holdShared(tw.file()).orElseThrow()) {
            assertThat(refusal(() -> closedService().restore(backup, ProgressSink.NONE)).key())
                    .isEqualTo("error.restore.inUse");
        }
        closedService().restore(backup, ProgressSink.NONE);
    }

    @Test
    void aRestoreInterruptedAfterItsMarkerIsFinishedAtTheNextOpening() throws Exception {
        Path backup = ws().backups().takeAutomatic(BackupReason.STARTUP, null).orElseThrow().file();
        String later = addUnit("SO-04", "Sở Y tế");
        tw.close();
        // what a crash right after writing the marker leaves: the checked copy staged beside the database
        Path staged = dir.resolve(".restore-congvu.db-crash");
        try (ZipFile zip = new ZipFile(backup.toFile()); InputStream in = zip.getInputStream(zip.getEntry("congvu.db"))) {
            Files.copy(in, staged);
        }
        Files.writeString(dir.resolve("congvu.db.restore-pending"), staged.getFileName().toString());

        Workspace reopened = tw.reopen();

        assertThat(reopened.units().find(later)).isEmpty();
        assertThat(staged).doesNotExist();
        assertThat(dir.resolve("congvu.db.restore-pending")).doesNotExist();
    }

    @Test
    void aBackupToAChosenFileCarriesTheEvidenceAndARestorePutsMissingFilesBack() throws Exception {
        var visit = tw.scenario().visitToNewWard("99901");
        byte[] photo = "ảnh chụp quầy một cửa".getBytes(StandardCharsets.UTF_8);
        String sha = sha256(photo);
        String relative = "evidence/" + visit.id() + "/" + sha + ".jpg";
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, photo);
        ws().db().write(c -> ws().evidenceRepository().insert(c, new Evidence(null, visit.id(), relative, "quay.jpg",
                "image/jpeg", photo.length, sha, null, 1, null, null, null, null, 0)));
        Path target = dir.getParent().resolve("usb-" + System.nanoTime() + ".zip");
        List<Long> progress = new ArrayList<>();

        BackupEntry made = ws().backups().backupTo(target, true, (done, total) -> progress.add(done));

        assertThat(made.manifest().orElseThrow().evidence().included()).isTrue();
        assertThat(made.manifest().orElseThrow().evidence().files()).extracting(BackupManifest.EvidenceFile::path)
                .containsExactly(relative);
        assertThat(progress).isNotEmpty().isSorted();
        try (ZipFile zip = new ZipFile(target.toFile())) {
            assertThat(zip.getEntry(relative)).isNotNull();
        }
        tw.close();
        Files.delete(file);

        RestoreResult result = closedService().restore(target, ProgressSink.NONE);

        assertThat(result.evidenceRestored()).isEqualTo(1);
        assertThat(result.evidenceMissing()).isZero();
        assertThat(CliHarness.sha256(file)).isEqualTo(sha);
    }

    @Test
    void anAutomaticBackupListsEvidenceWithoutCopyingIt() throws Exception {
        var visit = tw.scenario().visitToNewWard("99902");
        String sha = "a".repeat(64);
        String relative = "evidence/" + visit.id() + "/" + sha + ".png";
        ws().db().write(c -> ws().evidenceRepository().insert(c, new Evidence(null, visit.id(), relative, "x.png",
                "image/png", 10, sha, null, 1, null, null, null, null, 0)));

        BackupEntry made = ws().backups().takeAutomatic(BackupReason.FINALISED, visit.id()).orElseThrow();

        assertThat(made.manifest().orElseThrow().evidence().files())
                .containsExactly(new BackupManifest.EvidenceFile(relative, sha, 10));
        assertThat(made.manifest().orElseThrow().visitId()).isEqualTo(visit.id());
        try (ZipFile zip = new ZipFile(made.file().toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactlyInAnyOrder("congvu.db", "manifest.json");
        }
    }

    @Test
    void theBackupAfterFinalisationNeverThrows() throws Exception {
        Files.writeString(dir.resolve("backups"), "a file where the folder should be");

        Optional<BackupEntry> made = ws().backups().afterFinalisation("visit-1");

        assertThat(made).isEmpty();
    }

    @Test
    void aBackupToAMissingFolderIsRefusedWithoutLeavingAnything() {
        Path target = dir.resolve("khong-co").resolve("sao-luu.zip");
        assertThat(refusal(() -> ws().backups().backupTo(target, false, ProgressSink.NONE)).key())
                .isEqualTo("error.export.folderMissing");
        assertThat(dir.resolve("khong-co")).doesNotExist();
    }

    @Test
    void aBackupIntoAReadOnlyFolderIsRefusedCleanly() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        try (ReadOnlyFolder ro = ReadOnlyFolder.make(folder)) {
            AppException e = refusal(() -> ws().backups().backupTo(folder.resolve("x.zip"), false, ProgressSink.NONE));
            assertThat(e.key()).isIn("error.backup.notWritable", "error.backup.writeFailed");
        }
        try (var listing = Files.list(folder)) {
            assertThat(listing).isEmpty();
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Change {
        byte[] apply(ObjectNode manifest, byte[] database) throws Exception;
    }

    /** Copies a backup, changing its manifest and database bytes on the way. */
    private static Path rewrite(Path backup, Path target, Change change) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest;
        byte[] db;
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            try (InputStream in = zip.getInputStream(zip.getEntry("manifest.json"))) {
                manifest = (ObjectNode) json.readTree(in);
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("congvu.db"))) {
                db = in.readAllBytes();
            }
        }
        byte[] changed = change.apply(manifest, db);
        return zip(target, Map.of("manifest.json", json.writeValueAsBytes(manifest), "congvu.db", changed));
    }

    private static Path zip(Path target, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return target;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
