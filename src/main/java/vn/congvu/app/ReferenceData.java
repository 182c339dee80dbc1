package vn.congvu.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congvu.app.imports.ChecklistImport;
import vn.congvu.app.imports.HolidayImport;
import vn.congvu.app.imports.TabularReader;
import vn.congvu.app.imports.UnitImport;
import vn.congvu.domain.CalendarDay;
import com.github.f4b6a3.uuid.UuidCreator;
import vn.congvu.store.Actor;
import vn.congvu.store.RecordWriter;
import vn.congvu.store.SettingsRepository;
import vn.congvu.store.Table;
import vn.congvu.store.TemplateRepository;
import vn.congvu.store.UnitRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reference data a new database starts with, read from {@code assets/}: the 126 wards and
 * communes of Hà Nội, the default 2025 checklist and the holidays of 2025–2027. Each set is seeded once,
 * marked in the settings; a later release with a new set (say, the 2028 holidays) adds only that. Seeding
 * never brings back a ward or a holiday the user deleted.
 */
final class ReferenceData {

    static final String WARDS = "/assets/reference/hanoi-wards-2025.csv";
    static final String HOLIDAYS = "/assets/reference/holidays-2025-2027.csv";
    static final String CHECKLIST = "/assets/checklists/cchc-mot-cua-2025.csv";
    static final String CHECKLIST_META = "/assets/checklists/cchc-mot-cua-2025.properties";

    static final String MARK_UNITS = "seed.units";
    static final String MARK_HOLIDAYS = "seed.holidays";
    static final String MARK_CHECKLIST = "seed.checklist";

    private static final Map<String, String> DATASETS = Map.of(
            MARK_UNITS, "hanoi-wards-2025",
            MARK_HOLIDAYS, "holidays-2025-2027",
            MARK_CHECKLIST, "cchc-mot-cua-2025");

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceData.class);

    /**
     * Seeded records are written by this fixed author and laptop at a fixed time, with ids derived from
     * their natural keys, so that every laptop holds byte-identical reference data: a ward, a criterion
     * or a holiday is the same record everywhere and merges between laptops find nothing to do.
     */
    static final Actor SEED_ACTOR = new Actor("CongVu", "00000000-0000-0000-0000-000000000000");
    static final Instant SEED_TIME = Instant.parse("2025-07-01T00:00:00Z");
    private static final UUID NAMESPACE = UUID.fromString("6f1c7c3e-2b0e-5a43-9f3e-63a1d2b7c001");

    private final Workspace ws;

    ReferenceData(Workspace ws) {
        this.ws = ws;
    }

    /** The id of a seeded record: a name-based (v5) UUID of its natural key, the same on every laptop. */
    static String seededId(String naturalKey) {
        return UuidCreator.getNameBasedSha1(NAMESPACE, naturalKey).toString();
    }

    /** A writer for one data set: fixed actor and time; ids it makes itself follow the data set's sequence. */
    private static RecordWriter seedWriter(String dataset) {
        AtomicInteger sequence = new AtomicInteger();
        return new RecordWriter(() -> SEED_ACTOR, Clock.fixed(SEED_TIME, ZoneOffset.UTC),
                () -> seededId(dataset + "#" + sequence.incrementAndGet()));
    }

    void seedMissing() {
        SettingsRepository settings = ws.settingsRepository();
        Map<String, String> marks = ws.db().read(settings::all);
        boolean done = DATASETS.entrySet().stream().allMatch(e -> e.getValue().equals(marks.get(e.getKey())));
        if (done) {
            return;
        }
        ws.db().write(c -> {
            if (!DATASETS.get(MARK_UNITS).equals(marks.get(MARK_UNITS))) {
                seedUnits(c);
                settings.put(c, MARK_UNITS, DATASETS.get(MARK_UNITS));
            }
            if (!DATASETS.get(MARK_HOLIDAYS).equals(marks.get(MARK_HOLIDAYS))) {
                seedHolidays(c);
                settings.put(c, MARK_HOLIDAYS, DATASETS.get(MARK_HOLIDAYS));
            }
            if (!DATASETS.get(MARK_CHECKLIST).equals(marks.get(MARK_CHECKLIST))) {
                seedChecklist(c);
                settings.put(c, MARK_CHECKLIST, DATASETS.get(MARK_CHECKLIST));
            }
            return null;
        });
    }

    private void seedUnits(Connection c) throws SQLException {
        Set<String> used = ws.unitRepository().allCodesEverUsed(c);
        List<UnitImport.ParsedUnit> wards = UnitImport.parse(table(WARDS)).stream()
                .filter(p -> !used.contains(p.unit().code())).toList();
        UnitRepository seeded = new UnitRepository(seedWriter(DATASETS.get(MARK_UNITS)));
        for (UnitImport.ParsedUnit p : wards) {
            seeded.insert(c, p.unit().withId(seededId("units:" + p.unit().code())));
        }
        ws.writer().auditEvent(c, "units", WARDS, "SEED", Map.of("added", wards.size()));
        LOG.info("seeded {} wards and communes", wards.size());
    }

    private void seedHolidays(Connection c) throws SQLException {
        Set<LocalDate> entered = ws.calendarRepository().allDaysEverEntered(c);
        int added = 0;
        RecordWriter seeded = seedWriter(DATASETS.get(MARK_HOLIDAYS));
        for (CalendarDay day : HolidayImport.parse(table(HOLIDAYS))) {
            if (!entered.contains(day.day())) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("id", seededId("calendar_days:" + day.day()));
                values.put("day", day.day());
                values.put("kind", day.kind());
                values.put("name", day.name());
                seeded.insert(c, Table.CALENDAR_DAYS, values);
                added++;
            }
        }
        ws.writer().auditEvent(c, "calendar_days", HOLIDAYS, "SEED", Map.of("added", added));
        LOG.info("seeded {} calendar days", added);
    }

    private void seedChecklist(Connection c) throws SQLException {
        Properties meta = new Properties();
        try (InputStream in = ReferenceData.class.getResourceAsStream(CHECKLIST_META)) {
            if (in == null) {
                throw new IllegalStateException("missing reference data " + CHECKLIST_META);
            }
            meta.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String code = meta.getProperty("code");
        if (ws.templateRepository().templateExists(c, code, 1)) {
            return;
        }
        List<ChecklistImport.GroupDraft> groups = ChecklistImport.parse(table(CHECKLIST));
        new TemplateService(ws.db(), new TemplateRepository(seedWriter(DATASETS.get(MARK_CHECKLIST))))
                .createVersion(c, code, meta.getProperty("name"), Integer.parseInt(meta.getProperty("year")), groups, true);
        LOG.info("seeded the default checklist");
    }

    private static TabularReader.Table table(String resource) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reference data " + resource);
            }
            return TabularReader.readCsv(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
