package vn.congvu.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.CalendarDay;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.DayKind;
import vn.congvu.domain.TemplateStatus;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.testing.AuditEntries;
import vn.congvu.testing.TestWorkspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.testing.Queries.count;
import static vn.congvu.testing.Queries.text;

class WorkspaceSeedingTest {

    @TempDir
    Path dir;

    @Test
    void newWorkspaceHasTheWardsAndCommunesOfHanoi() {
        try (TestWorkspace t = TestWorkspace.open(dir)) {
            List<Unit> units = t.ws().units().list(null);

            assertThat(units).hasSize(126);
            Map<UnitKind, Long> byKind = units.stream().collect(Collectors.groupingBy(Unit::kind, Collectors.counting()));
            assertThat(byKind).containsOnly(Map.entry(UnitKind.WARD, 51L), Map.entry(UnitKind.COMMUNE, 75L));
            assertThat(units).allSatisfy(u -> assertThat(u.code()).matches("\\d{5}"));
            assertThat(units).extracting(Unit::code).doesNotHaveDuplicates();
            Map<String, Unit> byCode = units.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
            assertThat(byCode.get("00004")).satisfies(u -> {
                assertThat(u.name()).isEqualTo("Ba Đình");
                assertThat(u.kind()).isEqualTo(UnitKind.WARD);
                assertThat(u.revision()).isEqualTo(1);
            });
            assertThat(byCode.get("00376")).satisfies(u -> {
                assertThat(u.name()).isEqualTo("Sóc Sơn");
                assertThat(u.kind()).isEqualTo(UnitKind.COMMUNE);
            });
        }
    }

    @Test
    void newWorkspaceHasTheHolidaysOf2025To2027() {
        try (TestWorkspace t = TestWorkspace.open(dir)) {
            List<CalendarDay> days = t.ws().calendar().days();

            assertThat(days).hasSize(35);
            assertThat(days).first().isEqualTo(new CalendarDay(LocalDate.of(2025, 1, 1), DayKind.OFF, "Tết Dương lịch"));
            assertThat(days).contains(new CalendarDay(LocalDate.of(2025, 4, 26), DayKind.WORKDAY,
                    "Làm bù cho ngày nghỉ 02/5/2025"));
            assertThat(days).filteredOn(d -> d.kind() == DayKind.WORKDAY).hasSize(1);
            assertThat(days).last().extracting(CalendarDay::day).isEqualTo(LocalDate.of(2027, 9, 3));
        }
    }

    @Test
    void newWorkspaceHasOneActiveChecklistOfEightGroupsAndEighteenCriteria() {
        try (TestWorkspace t = TestWorkspace.open(dir)) {
            List<ChecklistTemplate> versions = t.ws().templates().versions();
            TemplateService.TemplateContent content = t.ws().templates().currentContent();

            assertThat(versions).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("CCHC-MC");
                assertThat(v.version()).isEqualTo(1);
                assertThat(v.year()).isEqualTo(2025);
                assertThat(v.status()).isEqualTo(TemplateStatus.ACTIVE);
                assertThat(v.name()).isEqualTo("Bộ tiêu chí kiểm tra Bộ phận Một cửa năm 2025");
            });
            assertThat(content.groups()).extracting(g -> g.code())
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
            assertThat(content.criteria()).hasSize(18);
            assertThat(content.criteria()).first().satisfies(cr -> {
                assertThat(cr.code()).isEqualTo("1.1");
                assertThat(cr.answerType()).isEqualTo(AnswerType.COUNT);
                assertThat(cr.valueLabels()).containsExactly("Số người được phân công", "Số người có mặt");
            });
            Criterion attitude = content.criteria().get(3);
            assertThat(attitude.code()).isEqualTo("1.4");
            assertThat(attitude.choices()).containsExactly("Tốt", "Đạt yêu cầu", "Chưa đạt");
            assertThat(content.criteria()).last().extracting(Criterion::code).isEqualTo("8.1");
        }
    }

    @Test
    void newWorkspaceIdentifiesThisLaptopAndMarksWhatItSeeded() {
        try (TestWorkspace t = TestWorkspace.open(dir)) {
            String device = text(t.ws().db(), "SELECT value FROM settings WHERE key = 'device.id'");
            assertThat(UUID.fromString(device).toString()).isEqualTo(device);
            assertThat(t.ws().actor().device()).isEqualTo(device);
            assertThat(text(t.ws().db(), "SELECT value FROM settings WHERE key = 'seed.units'"))
                    .isEqualTo("hanoi-wards-2025");
            assertThat(count(t.ws().db(), "SELECT count(*) FROM audit_log WHERE action = 'SEED'")).isEqualTo(2);
        }
    }

    @Test
    void reopeningSeedsNothingTwice() {
        try (TestWorkspace t = TestWorkspace.open(dir)) {
            String device = t.ws().actor().device();
            long audit = AuditEntries.count(t.ws().db());
            Map<String, Long> before = t.ws().stats().counts();

            Workspace again = t.reopen();

            assertThat(again.stats().counts()).isEqualTo(before);
            assertThat(before).containsEntry("units", 126L).containsEntry("holidays", 35L)
                    .containsEntry("templates", 1L).containsEntry("criteria", 18L);
            assertThat(AuditEntries.count(again.db())).isEqualTo(audit);
            assertThat(again.actor().device()).isEqualTo(device);
        }
    }

    @Test
    void wardDeletedByTheUserIsNotBroughtBackByASeed() {
        try (TestWorkspace t = TestWorkspace.open(dir)) {
            Unit baDinh = unitByCode(t.ws(), "00004");
            t.ws().units().delete(baDinh.id());
            t.ws().db().write(c -> t.ws().settingsRepository().put(c, "seed.units", null));

            Workspace again = t.reopen();

            assertThat(text(again.db(), "SELECT value FROM settings WHERE key = 'seed.units'"))
                    .as("the seed ran again").isEqualTo("hanoi-wards-2025");
            assertThat(again.units().list(null)).hasSize(125).extracting(Unit::code).doesNotContain("00004");
            assertThat(count(again.db(), "SELECT count(*) FROM units WHERE code = '00004'")).isEqualTo(1);
            assertThat(count(again.db(), "SELECT deleted FROM units WHERE code = '00004'")).isEqualTo(1);
        }
    }

    @Test
    void holidayRemovedByTheUserIsNotBroughtBackByASeed() {
        try (TestWorkspace t = TestWorkspace.open(dir)) {
            LocalDate guessed = LocalDate.of(2026, 9, 1);
            t.ws().db().write(c -> t.ws().calendarRepository().remove(c, guessed));
            t.ws().db().write(c -> t.ws().settingsRepository().put(c, "seed.holidays", ""));

            Workspace again = t.reopen();

            assertThat(again.calendar().days()).hasSize(34).extracting(CalendarDay::day).doesNotContain(guessed);
        }
    }

    @Test
    void changesAreStampedWithTheProfileNameOnceSet() {
        try (TestWorkspace t = TestWorkspace.open(dir)) {
            assertThat(t.ws().actor().author()).isEqualTo(System.getProperty("user.name"));

            t.ws().setProfileName("  Nguyễn Thị Kiểm ");
            Unit saved = t.ws().units().save(new Unit(null, "SNV", UnitKind.DEPARTMENT, "Sở Nội vụ", null, null, null,
                    null, 0));

            assertThat(text(t.ws().db(), "SELECT author FROM units WHERE id = ?", saved.id()))
                    .isEqualTo("Nguyễn Thị Kiểm");
            assertThat(t.reopen().actor().author()).isEqualTo("Nguyễn Thị Kiểm");
        }
    }

    static Unit unitByCode(Workspace ws, String code) {
        Optional<Unit> unit = ws.db().read(c -> ws.unitRepository().findByCode(c, code));
        return unit.orElseThrow();
    }
}
