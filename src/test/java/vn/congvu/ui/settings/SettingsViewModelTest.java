package vn.congvu.ui.settings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.CalendarService;
import vn.congvu.app.SettingsService;
import vn.congvu.domain.LimitKind;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.common.Autosaver;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsViewModelTest {

    @TempDir
    Path dir;

    private UiTestContext t;
    private SettingsViewModel vm;

    @BeforeEach
    void open() {
        t = new UiTestContext(dir);
        vm = new SettingsViewModel(t.ctx);
        vm.load();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void showsTheDefaultsOfANewDatabase() {
        assertThat(vm.field(SettingsService.HEADER_PARENT_BODY).get()).isEqualTo("UBND THÀNH PHỐ HÀ NỘI");
        assertThat(vm.field(SettingsService.HEADER_ISSUING_BODY).get()).isEqualTo("ĐOÀN KIỂM TRA CÔNG VỤ");
        assertThat(vm.field(CalendarService.SETTING_AFTERNOON_CUTOFF).get()).isEqualTo("15:00");
        assertThat(vm.languageProperty().get()).isEqualTo("vi");
    }

    @Test
    void theInspectorsNameIsSavedAndStampedOnLaterChanges() {
        vm.field(SettingsService.PROFILE_NAME).set("Nguyễn Thị Lan");
        t.scheduler.advance(Autosaver.IDLE);
        assertThat(t.workspace.settings().get(SettingsService.PROFILE_NAME)).contains("Nguyễn Thị Lan");
        assertThat(t.workspace.actor().author()).isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void aNewCutoffChangesDueDatesAtOnce() {
        LocalDateTime at1530 = LocalDateTime.of(2025, 3, 3, 15, 30); // a Monday
        assertThat(t.workspace.calendar().dueDate(at1530, 1, LimitKind.WORKING_DAYS))
                .isEqualTo(LocalDate.of(2025, 3, 5));
        vm.field(CalendarService.SETTING_AFTERNOON_CUTOFF).set("16:00");
        vm.commit(CalendarService.SETTING_AFTERNOON_CUTOFF);
        assertThat(t.workspace.calendar().dueDate(at1530, 1, LimitKind.WORKING_DAYS))
                .isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void aMalformedCutoffIsMarkedAndNotSaved() {
        vm.field(CalendarService.SETTING_AFTERNOON_CUTOFF).set("3 giờ chiều");
        vm.commit(CalendarService.SETTING_AFTERNOON_CUTOFF);
        assertThat(vm.cutoffErrorProperty().get()).contains("3 giờ chiều");
        assertThat(t.workspace.settings().get(CalendarService.SETTING_AFTERNOON_CUTOFF)).contains("15:00");
    }

    @Test
    void switchingLanguageSavesItAndRebuildsTheWindow() {
        vm.chooseLanguage("en");
        assertThat(t.workspace.settings().get(SettingsService.UI_LANGUAGE)).contains("en");
        assertThat(t.shellCalls).containsExactly("language:en");
    }

    @Test
    void theDarkThemeIsAppliedAndRemembered() {
        vm.chooseTheme("dark");
        assertThat(t.shellCalls).containsExactly("theme:dark");
        assertThat(t.workspace.settings().get(SettingsService.UI_THEME)).contains("dark");
    }
}
