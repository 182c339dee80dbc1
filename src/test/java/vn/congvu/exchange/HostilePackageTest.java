package vn.congvu.exchange;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppException;
import vn.congvu.app.Messages;
import vn.congvu.app.exchange.ExchangeService;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Broken and hostile packages are refused with a clear message, and the receiving laptop's database
 * and data folder are byte for byte what they were.
 */
class HostilePackageTest {

    @TempDir
    Path dir;
    Laptop sender;
    Laptop receiver;
    Path good;

    @BeforeEach
    void setUp() {
        sender = new Laptop(dir, "sender", Instant.parse("2025-03-05T01:00:00Z"));
        receiver = new Laptop(dir, "receiver", Instant.parse("2025-03-05T01:00:00Z"));
        String visit = sender.recordVisit("Phường Láng", LocalDate.of(2025, 3, 5));
        sender.addPhoto(visit, "ảnh bằng chứng");
        good = sender.export(dir.resolve("good.congvu"), ExportScope.all());
    }

    @AfterEach
    void tearDown() {
        sender.close();
        receiver.close();
    }

    @Test
    void theGoodPackageImports() {
        assertThat(receiver.exchange.preview(good, null).counts().conflicting()).isZero();
    }

    @Test
    void aFileThatIsNotAPackage() throws IOException {
        Path random = Files.write(dir.resolve("random.congvu"), new Random(1).ints(4096).mapToObj(Integer::toString)
                .reduce("", String::concat).getBytes(StandardCharsets.UTF_8));
        refused(random, "error.package.notAPackage");
        Path docx = Repack.writeRaw(dir.resolve("letter.congvu"), Map.of("word/document.xml", "<w/>".getBytes()));
        refused(docx, "error.package.notAPackage");
    }

    @Test
    void aTruncatedPackage() throws IOException {
        byte[] all = Files.readAllBytes(good);
        refused(Files.write(dir.resolve("cut.congvu"), Arrays.copyOf(all, all.length / 2)), "error.package.damaged");
    }

    @Test
    void entryBytesNotMatchingTheManifest() throws IOException {
        Map<String, byte[]> entries = Repack.entries(good);
        String photo = entries.keySet().stream().filter(n -> n.startsWith("evidence/")).findFirst().orElseThrow();
        entries.put(photo, "ảnh đã bị sửa".getBytes(StandardCharsets.UTF_8));
        refused(Repack.writeRaw(dir.resolve("photo.congvu"), entries), "error.package.entryMismatch");

        Map<String, byte[]> records = Repack.entries(good);
        records.put("records/visits.json", Repack.setColumn(records.get("records/visits.json"), "place", "Nơi khác"));
        refused(Repack.writeRaw(dir.resolve("visits.congvu"), records), "error.package.entryMismatch");
    }

    @Test
    void entryNamesThatEscapeTheTargetFolder() throws IOException {
        for (String name : new String[] {"../evil.txt", "/etc/cron.d/evil", "C:/Windows/evil.dll", "evidence/../../evil",
                "records\\..\\evil.json", "evidence/ok/../../../evil"}) {
            Map<String, byte[]> entries = Repack.entries(good);
            entries.put(name, "x".getBytes(StandardCharsets.UTF_8));
            refused(Repack.write(dir.resolve("escape.congvu"), entries, m -> {
            }), "error.package.unsafeName");
            Files.delete(dir.resolve("escape.congvu"));
        }
        // and a record whose evidence path would land outside the data folder
        Map<String, byte[]> entries = Repack.entries(good);
        entries.put("records/evidence.json", Repack.setColumn(entries.get("records/evidence.json"), "file_path",
                "evidence/../../outside.jpg"));
        refused(Repack.write(dir.resolve("path.congvu"), entries, m -> {
        }), "error.package.unsafeName");
    }

    @Test
    void aDecompressionBomb() throws IOException {
        byte[] zeros = new byte[300 << 20];
        Map<String, byte[]> entries = Repack.entries(good);
        entries.put("records/visits.json", zeros);
        Path bomb = Repack.write(dir.resolve("bomb.congvu"), entries, m -> {
        });
        assertThat(Files.size(bomb)).isLessThan(2L << 20);
        refused(bomb, "error.package.tooLarge");

        // an entry longer than the manifest says is read no further than the size it claims
        Map<String, byte[]> liar = Repack.entries(good);
        byte[] noise = new byte[2 << 20];
        new Random(7).nextBytes(noise);
        liar.put("records/visits.json", noise);
        Path lying = Repack.write(dir.resolve("liar.congvu"), liar, m -> m.withArray("entries").forEach(e -> {
            if (e.path("name").asText().equals("records/visits.json")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) e).put("size", 100);
            }
        }));
        refused(lying, "error.package.entryMismatch");

        // too many entries
        Map<String, byte[]> many = Repack.entries(good);
        for (int i = 0; i < 50; i++) {
            many.put("evidence/" + String.format("%064x", i), new byte[0]);
        }
        Path manyFile = Repack.write(dir.resolve("many.congvu"), many, m -> {
        });
        ExchangeService strict = new ExchangeService(receiver.ws.db(), receiver.ws.writer(), receiver.dir, "test",
                new PackageCrypto(new java.security.SecureRandom()), Laptop.TEST_KDF, new PackageLimits(40, 1 << 20, 1 << 24, 100));
        Snapshot before = snapshot();
        assertThatThrownBy(() -> strict.importPackage(manyFile, null, ProgressListener.NONE, () -> false))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).key())
                .isEqualTo("error.package.tooLarge");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void duplicateEntryNames() throws IOException {
        Map<String, byte[]> entries = Repack.entries(good);
        byte[] visits = entries.get("records/visits.json");
        entries.put("records/visitz.json", visits);
        Path twice = Repack.write(dir.resolve("twice.congvu"), entries, m -> {
        });
        byte[] raw = Files.readAllBytes(twice);
        replaceAll(raw, "records/visitz.json", "records/visits.json");
        refused(Files.write(twice, raw), "error.package.duplicateEntry");
    }

    @Test
    void aPackageFromANewerFormat() throws IOException {
        Map<String, byte[]> entries = Repack.entries(good);
        refused(Repack.write(dir.resolve("newer.congvu"), entries, m -> m.put("formatVersion", 2)),
                "error.package.newerFormat");
        refused(Repack.write(dir.resolve("schema.congvu"), Repack.entries(good), m -> m.put("schemaVersion", 99)),
                "error.package.newerFormat");
    }

    @Test
    void aWrongPassphraseIsToldApartFromDamage() throws IOException {
        Path locked = dir.resolve("locked.congvu");
        sender.exchange.export(new ExchangeService.ExportRequest(locked, ExportScope.all(), "mật khẩu đúng".toCharArray(),
                false), ProgressListener.NONE, () -> false);
        refused(locked, "error.package.passphraseNeeded");
        refused(locked, "sai rồi".toCharArray(), "error.package.wrongPassphrase");

        byte[] bytes = Files.readAllBytes(locked);
        bytes[bytes.length - 40] ^= 1;
        refused(Files.write(dir.resolve("flipped.congvu"), bytes), "mật khẩu đúng".toCharArray(), "error.package.damaged");
        byte[] all = Files.readAllBytes(locked);
        refused(Files.write(dir.resolve("cut.congvu"), Arrays.copyOf(all, all.length - 1000)),
                "mật khẩu đúng".toCharArray(), "error.package.damaged");
        byte[] header = Files.readAllBytes(locked);
        header[20] ^= 1;
        refused(Files.write(dir.resolve("header.congvu"), header), "mật khẩu đúng".toCharArray(), "error.package.damaged");

        // the right passphrase, typed decomposed (as macOS does), opens it
        String nfd = java.text.Normalizer.normalize("mật khẩu đúng", java.text.Normalizer.Form.NFD);
        assertThat(receiver.exchange.importPackage(locked, nfd.toCharArray(), ProgressListener.NONE, () -> false)
                .counts().added()).isGreaterThan(0);
    }

    @Test
    void recordsReferencingUnknownTemplatesOrUnits() throws IOException {
        Map<String, byte[]> entries = Repack.entries(good);
        entries.put("records/visits.json", Repack.setColumn(entries.get("records/visits.json"), "template_id",
                UUID.randomUUID().toString()));
        refused(Repack.write(dir.resolve("template.congvu"), entries, m -> {
        }), "error.package.unknownTemplate");

        Map<String, byte[]> units = Repack.entries(good);
        units.put("records/visits.json", Repack.setColumn(units.get("records/visits.json"), "unit_id",
                UUID.randomUUID().toString()));
        refused(Repack.write(dir.resolve("unit.congvu"), units, m -> {
        }), "error.package.unknownUnit");
    }

    @Test
    void recordsThatBreakARuleOfTheDatabaseLeaveNoFileBehind() throws IOException {
        Map<String, byte[]> entries = Repack.entries(good);
        entries.put("records/visits.json", Repack.setColumn(entries.get("records/visits.json"), "ended_at",
                "2000-01-01T00:00"));
        refused(Repack.write(dir.resolve("rule.congvu"), entries, m -> {
        }), "error.package.rejectedByDatabase");
        assertThat(receiver.dir.resolve("evidence")).doesNotExist();
    }

    @Test
    void malformedRecords() throws IOException {
        Map<String, byte[]> entries = Repack.entries(good);
        entries.put("records/visits.json", Repack.setColumn(entries.get("records/visits.json"), "revision", "many"));
        refused(Repack.write(dir.resolve("bad.congvu"), entries, m -> {
        }), "error.package.invalidRecord");
    }

    private void refused(Path file, String key) {
        refused(file, null, key);
    }

    private void refused(Path file, char[] passphrase, String key) {
        Snapshot before = snapshot();
        assertThatThrownBy(() -> receiver.exchange.importPackage(file, passphrase, ProgressListener.NONE, () -> false))
                .as(file.getFileName().toString())
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(new Messages(Messages.VIETNAMESE).of(e)).doesNotContain("{").isNotBlank();
                    assertThat(new Messages(Locale.ENGLISH).of(e)).contains(file.getFileName().toString());
                });
        assertThat(snapshot()).as("database and data folder after %s", file.getFileName()).isEqualTo(before);
    }

    /** The database file, its log, and every file of the data folder with its hash. */
    private record Snapshot(Map<String, String> files) {
    }

    private Snapshot snapshot() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(receiver.dir)) {
            for (Path p : all.toList()) {
                String name = receiver.dir.relativize(p).toString();
                if (name.endsWith("-shm")) {
                    continue; // SQLite's shared-memory index: a cache readers may touch, not data
                }
                files.put(name, Files.isDirectory(p) ? "dir" : EvidenceFiles.hash(p));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Snapshot(files);
    }

    private static void replaceAll(byte[] data, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + f.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, data, i, t.length);
            }
        }
    }
}
