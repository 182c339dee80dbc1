package vn.congvu.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congvu.app.imports.ChecklistImport;
import vn.congvu.app.imports.HolidayImport;
import vn.congvu.app.imports.TabularReader;
import vn.congvu.app.imports.UnitImport;
import vn.congvu.domain.CalendarDay;
import vn.congvu.store.SettingsRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

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

    private final Workspace ws;

    ReferenceData(Workspace ws) {
        this.ws = ws;
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
        for (UnitImport.ParsedUnit p : wards) {
            ws.unitRepository().insert(c, p.unit());
        }
        ws.writer().auditEvent(c, "units", WARDS, "SEED", Map.of("added", wards.size()));
        LOG.info("seeded {} wards and communes", wards.size());
    }

    private void seedHolidays(Connection c) throws SQLException {
        Set<LocalDate> entered = ws.calendarRepository().allDaysEverEntered(c);
        int added = 0;
        for (CalendarDay day : HolidayImport.parse(table(HOLIDAYS))) {
            if (!entered.contains(day.day())) {
                added += ws.calendarRepository().upsert(c, day);
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
        ws.templates().createVersion(c, code, meta.getProperty("name"), Integer.parseInt(meta.getProperty("year")),
                groups, true);
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
