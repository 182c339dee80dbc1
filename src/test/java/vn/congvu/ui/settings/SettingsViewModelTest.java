package vn.congvu.ui.settings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.congvu.app.AppException;
import vn.congvu.app.CalendarService;
import vn.congvu.app.export.DocumentSettings;
import vn.congvu.app.export.ExportProgress;
import vn.congvu.app.export.ExportRequest;
import vn.congvu.app.export.ExportService.TemplateKind;
import vn.congvu.domain.Visit;
import vn.congvu.testing.TestVisits;
import vn.congvu.app.SettingsService;
import vn.congvu.domain.LimitKind;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.common.Autosaver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private Path shippedCopy(String name) {
        Path file = dir.resolve(name);
        t.workspace.exports().copyShippedTemplate(TemplateKind.MINUTES, ExportRequest.to(file));
        return file;
    }

    @Test
    void aValidTemplateIsCheckedSavedAndUsedByTheNextExport() throws Exception {
        Path template = shippedCopy("Mẫu biên bản của Đoàn.docx");
        t.dialogs.files.add(template);

        vm.chooseTemplate(TemplateKind.MINUTES);

        assertThat(vm.templateProperty(TemplateKind.MINUTES).get()).isEqualTo(template.toAbsolutePath().toString());
        assertThat(vm.templateRefusedProperty(TemplateKind.MINUTES).get()).isFalse();
        assertThat(vm.templateMessageProperty(TemplateKind.MINUTES).get())
                .isEqualTo("Mẫu «Mẫu biên bản của Đoàn.docx» hợp lệ; từ nay biên bản được xuất theo mẫu này.");
        assertThat(t.workspace.settings().get(DocumentSettings.MINUTES_TEMPLATE))
                .contains(template.toAbsolutePath().toString());

        // the exporter reads the setting: once the chosen file is gone, the export says so by its name
        Files.delete(template);
        Visit visit = TestVisits.start(t.workspace);
        assertThatThrownBy(() -> t.workspace.exports().exportMinutes(visit.id(), ExportRequest.to(dir.resolve("bb.docx")),
                ExportProgress.NONE)).isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(t.ctx.describe(e)).contains("Mẫu biên bản của Đoàn.docx"));
    }

    @Test
    void aTemplateWithAnUnknownTagIsRefusedWithTheTagAndPlaceAndNotSaved() throws Exception {
        Path bad = dir.resolve("Mẫu sai.docx");
        try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(bad)) {
            doc.createParagraph().createRun().setText("BIÊN BẢN");
            doc.createParagraph().createRun().setText("Người lập: {{nguoiLap}}");
            doc.write(out);
        }
        t.dialogs.files.add(bad);

        vm.chooseTemplate(TemplateKind.MINUTES);

        assertThat(vm.templateRefusedProperty(TemplateKind.MINUTES).get()).isTrue();
        assertThat(vm.templateMessageProperty(TemplateKind.MINUTES).get())
                .contains("{{nguoiLap}}").contains("đoạn văn thứ 2");
        assertThat(vm.templateProperty(TemplateKind.MINUTES).get()).isEmpty();
        assertThat(t.workspace.settings().get(DocumentSettings.MINUTES_TEMPLATE)).isEmpty();
    }

    @Test
    void theShippedTemplateCanBeChosenAgain() {
        Path template = shippedCopy("mau.docx");
        t.dialogs.files.add(template);
        vm.chooseTemplate(TemplateKind.MINUTES);

        vm.useShippedTemplate(TemplateKind.MINUTES);

        assertThat(vm.templateProperty(TemplateKind.MINUTES).get()).isEmpty();
        assertThat(t.workspace.settings().get(DocumentSettings.MINUTES_TEMPLATE)).isEmpty();
        assertThat(vm.templateMessageProperty(TemplateKind.MINUTES).get()).isEqualTo("Đã quay lại dùng mẫu mặc định.");
    }

    @Test
    void copiesMustBeAWholeNumberAndASymbolIsSaved() {
        vm.field(DocumentSettings.MINUTES_COPIES).set("hai");
        vm.commit(DocumentSettings.MINUTES_COPIES);
        assertThat(vm.copiesErrorProperty().get()).contains("hai");
        assertThat(t.workspace.settings().get(DocumentSettings.MINUTES_COPIES)).isEmpty();

        vm.field(DocumentSettings.MINUTES_COPIES).set("3");
        vm.commit(DocumentSettings.MINUTES_COPIES);
        vm.field(DocumentSettings.MINUTES_SYMBOL).set("BB-TTr");
        vm.commit(DocumentSettings.MINUTES_SYMBOL);
        assertThat(vm.copiesErrorProperty().get()).isNull();
        assertThat(t.workspace.settings().get(DocumentSettings.MINUTES_COPIES)).contains("3");
        assertThat(t.workspace.settings().get(DocumentSettings.MINUTES_SYMBOL)).contains("BB-TTr");
    }
}
