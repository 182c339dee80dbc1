package vn.congvu.exchange;

import vn.congvu.app.Workspace;
import vn.congvu.app.exchange.ExchangeService;
import vn.congvu.app.exchange.ImportResult;
import vn.congvu.domain.Answer;
import vn.congvu.domain.Evidence;
import vn.congvu.domain.Official;
import vn.congvu.domain.Result;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.store.Sql;
import vn.congvu.testing.TestVisits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One inspector's laptop in a test: its own database file (so its own device id), a clock that moves a
 * second per call, an exchange service with a cheap key derivation, and helpers that record what an
 * inspector records.
 */
final class Laptop implements AutoCloseable {

    /** Cheap enough for tests that open many encrypted packages; the format records it. */
    static final KdfParams TEST_KDF = new KdfParams(8 * 1024, 1, 1);

    final String name;
    final Path dir;
    final Workspace ws;
    final ExchangeService exchange;
    private final TickingClock clock;

    Laptop(Path root, String name, Instant start) {
        this.name = name;
        this.dir = root.resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.clock = new TickingClock(start);
        this.ws = Workspace.open(dir.resolve("congvu.db"), true, clock);
        ws.setProfileName(name);
        this.exchange = new ExchangeService(ws.db(), ws.writer(), dir, "test", new PackageCrypto(new SecureRandom()),
                TEST_KDF, PackageLimits.DEFAULT);
    }

    String device() {
        return ws.actor().device();
    }

    String firstUnitId() {
        return ws.db().read(c -> Sql.queryOne(c, "SELECT id FROM units WHERE deleted = 0 ORDER BY code LIMIT 1",
                rs -> rs.getString(1)).orElseThrow());
    }

    String templateId() {
        return ws.templates().current().orElseThrow().id();
    }

    String criterionId(String code) {
        return ws.db().read(c -> Sql.queryOne(c, "SELECT id FROM criteria WHERE template_id = ? AND code = ?",
                rs -> rs.getString(1), templateId(), code).orElseThrow());
    }

    /** A visit with one answer and one official. */
    String recordVisit(String place, LocalDate day) {
        return ws.db().write(c -> {
            String id = ws.visitRepository().insert(c, new Visit(null, null, null, firstUnitId(), null, templateId(),
                    day, day.atTime(8, 30), null, true, place, null, VisitStatus.IN_PROGRESS, null, 0));
            ws.answerRepository().save(c, new Answer(null, id, criterionId("1.1"), Result.PASS, null, null, null,
                    "Có mặt đủ", null, 0));
            ws.officialRepository().insert(c, new Official(null, id, "Nguyễn Thị Hoa", "Chuyên viên", true, true, true,
                    null, null, 1, 0));
            return id;
        });
    }

    /** Signs the minutes (Trưởng đoàn and the unit's representative) and ends the visit at 11:00 of its day. */
    void signOff(String visitId) {
        LocalDate day = ws.db().read(c -> Sql.queryOne(c, "SELECT visit_date FROM visits WHERE id = ?",
                rs -> LocalDate.parse(rs.getString(1)), visitId).orElseThrow());
        TestVisits.signOff(ws, visitId, day.atTime(11, 0));
    }

    void answer(String visitId, String criterion, Result result, String note) {
        ws.visits().answer(visitId, criterion, result, note);
    }

    /** Adds a photo: a file in the evidence folder and its record. */
    String addPhoto(String visitId, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String sha = PackageWriter.hex(PackageWriter.sha256().digest(bytes));
        String rel = "evidence/" + visitId + "/" + sha.substring(0, 16) + ".jpg";
        try {
            Path file = dir.resolve(rel);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ws.db().write(c -> ws.evidenceRepository().insert(c, new Evidence(null, visitId, rel, "IMG.jpg",
                "image/jpeg", bytes.length, sha, LocalDateTime.of(2025, 3, 5, 9, 0), 1, "Ảnh quầy", null, null, null, 0)));
    }

    Path export(Path file, ExportScope scope) {
        exchange.export(new ExchangeService.ExportRequest(file, scope, null, false), ProgressListener.NONE, () -> false);
        return file;
    }

    ImportResult importFrom(Path file) {
        return exchange.importPackage(file, null, ProgressListener.NONE, () -> false);
    }

    /** Every exchanged table, rows sorted by id, with their histories: what must be equal between laptops. */
    Map<String, List<Map<String, Object>>> dump() {
        return ws.db().read(c -> {
            Map<String, List<Map<String, Object>>> out = new TreeMap<>();
            for (vn.congvu.store.Table t : Schema.EXCHANGED) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Map<String, Object> r : Sql.query(c, "SELECT * FROM " + t.sqlName() + " ORDER BY id", rs -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        m.put(rs.getMetaData().getColumnName(i), v instanceof Number n && !(v instanceof Double)
                                ? (Object) n.longValue() : v);
                    }
                    return m;
                })) {
                    r.put("_clock", RowWriter.currentClock(c, t, r).toJson());
                    rows.add(r);
                }
                out.put(t.sqlName(), rows);
            }
            return out;
        });
    }

    @Override
    public void close() {
        ws.close();
    }

    /** Moves a second at every reading, so that every change has its own time. */
    static final class TickingClock extends Clock {
        private Instant now;

        TickingClock(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }
    }
}
