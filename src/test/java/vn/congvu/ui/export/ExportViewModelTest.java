package vn.congvu.ui.export;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.export.DocumentSettings;
import vn.congvu.domain.Visit;
import vn.congvu.testing.TestVisits;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.export.ExportViewModel.State;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The export flow without an FX thread: background work inline, the chooser and choices scripted. */
class ExportViewModelTest {

    @TempDir
    Path dir;

    private UiTestContext t;
    private Visit visit;
    private Path out;

    @BeforeEach
    void open() throws Exception {
        t = new UiTestContext(dir);
        visit = TestVisits.start(t.workspace);
        out = Files.createDirectories(dir.resolve("Văn bản"));
    }

    @AfterEach
    void close() {
        t.close();
    }

    private ExportViewModel exportMinutes() {
        ExportViewModel vm = new ExportViewModel(t.ctx);
        vm.start(new ExportJob(ExportKind.MINUTES, visit.id(),
                ExportNames.of(ExportKind.MINUTES, "Phường Khương Đình", LocalDate.of(2025, 3, 5))));
        return vm;
    }

    private static boolean isDocx(Path file) throws Exception {
        byte[] head = Files.readAllBytes(file);
        return head.length > 1000 && head[0] == 'P' && head[1] == 'K';
    }

    private long filesIn(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void proposesAPlainNameAndWritesTheMinutesWhereTheUserChose() throws Exception {
        t.dialogs.files.add(out.resolve("Biên bản Khương Đình")); // typed without the extension

        ExportViewModel vm = exportMinutes();

        assertThat(t.dialogs.saveProposals).containsExactly("null|Bien-ban-Phuong-Khuong-Dinh-2025-03-05.docx");
        assertThat(vm.stateProperty().get()).isEqualTo(State.DONE);
        Path written = out.resolve("Biên bản Khương Đình.docx");
        assertThat(vm.resultProperty().get().file()).isEqualTo(written);
        assertThat(isDocx(written)).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Đã lưu «Biên bản Khương Đình.docx» (").contains(" KB)");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);

        vm.openFile();
        vm.openFolder();
        assertThat(t.dialogs.opened).containsExactly(written, out);
    }

    @Test
    void theNextExportOpensInTheFolderOfTheLastOne() {
        t.dialogs.files.add(out.resolve("a.docx"));
        exportMinutes();
        assertThat(t.workspace.settings().get(DocumentSettings.LAST_FOLDER)).contains(out.toString());

        exportMinutes(); // the chooser is cancelled this time
        assertThat(t.dialogs.saveProposals.get(1)).isEqualTo(out + "|Bien-ban-Phuong-Khuong-Dinh-2025-03-05.docx");
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
        Path file = Files.writeString(out.resolve("bb.docx"), "old");
        t.dialogs.files.add(file);
        t.dialogs.chooseAnswers.add(0);

        ExportViewModel vm = exportMinutes();

        assertThat(t.dialogs.offered).containsExactly(java.util.List.of("Ghi đè", "Lưu thành «bb (2).docx»"));
        assertThat(vm.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(isDocx(file)).isTrue();
        assertThat(out.resolve("bb (2).docx")).doesNotExist();
    }

    @Test
    void anExistingFileCanBeKeptByChoosingTheNewName() throws Exception {
        Path file = Files.writeString(out.resolve("bb.docx"), "old");
        t.dialogs.files.add(file);
        t.dialogs.chooseAnswers.add(1);

        ExportViewModel vm = exportMinutes();

        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(vm.resultProperty().get().file()).isEqualTo(out.resolve("bb (2).docx"));
        assertThat(isDocx(out.resolve("bb (2).docx"))).isTrue();
    }

    @Test
    void cancellingTheChoiceWritesNothing() throws Exception {
        Path file = Files.writeString(out.resolve("bb.docx"), "old");
        t.dialogs.files.add(file);
        t.dialogs.chooseAnswers.add(-1);

        ExportViewModel vm = exportMinutes();

        assertThat(vm.stateProperty().get()).isEqualTo(State.ABANDONED);
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(filesIn(out)).isEqualTo(1);
    }

    @Test
    void aFileOpenInWordCanOnlyBeSavedUnderANewName() throws Exception {
        Path file = Files.writeString(out.resolve("bb.docx"), "old");
        Files.writeString(out.resolve("~$bb.docx"), "owner");
        t.dialogs.files.add(file);
        t.dialogs.chooseAnswers.add(0);

        ExportViewModel vm = exportMinutes();

        assertThat(t.dialogs.offered).containsExactly(java.util.List.of("Lưu thành «bb (2).docx»"));
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(vm.resultProperty().get().file()).isEqualTo(out.resolve("bb (2).docx"));
    }

    @Test
    void aMissingFolderIsExplainedAndTheChooserOpensAgain() throws Exception {
        t.dialogs.files.add(dir.resolve("không có").resolve("bb.docx"));
        t.dialogs.files.add(out.resolve("bb.docx"));

        ExportViewModel vm = exportMinutes();

        assertThat(t.dialogs.errors).singleElement().asString().contains("không tồn tại").contains("không có");
        assertThat(t.dialogs.saveProposals).hasSize(2);
        assertThat(vm.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(out.resolve("bb.docx")).exists();
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        t.dialogs.files.add(out.resolve("bb.docx"));
        ExportViewModel vm = new ExportViewModel(t.ctx);
        // Cancel pressed as soon as the first step is reported
        vm.progressProperty().addListener((o, a, b) -> vm.cancel());

        vm.start(new ExportJob(ExportKind.MINUTES, visit.id(), "bb.docx"));

        assertThat(vm.stateProperty().get()).isEqualTo(State.CANCELLED);
        assertThat(vm.messageProperty().get()).isEqualTo("Đã hủy xuất tệp; không có tệp nào được ghi.");
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(filesIn(out)).isZero();
    }

    @Test
    void aBrokenTemplateIsNamedInTheUsersLanguage() throws Exception {
        Path broken = Files.writeString(dir.resolve("Mẫu hỏng.docx"), "not a word file");
        t.workspace.settings().put(DocumentSettings.MINUTES_TEMPLATE, broken.toString());
        t.dialogs.files.add(out.resolve("bb.docx"));

        ExportViewModel vm = exportMinutes();

        assertThat(vm.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(vm.messageProperty().get()).isEqualTo("Mẫu " + broken + " không phải tệp Word .docx hoặc đã hỏng.");
        assertThat(filesIn(out)).isZero();
    }

    @Test
    void theReportAndTheSummaryOfEveryVisitGoThroughTheSameFlow() throws Exception {
        t.dialogs.files.add(out.resolve("tong-hop"));
        ExportViewModel vm = new ExportViewModel(t.ctx);
        vm.start(new ExportJob(ExportKind.SUMMARY, null, ExportNames.of(ExportKind.SUMMARY, "Tất cả", null)));

        assertThat(t.dialogs.saveProposals).containsExactly("null|Bang-tong-hop-Tat-ca.xlsx");
        assertThat(vm.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(out.resolve("tong-hop.xlsx")).exists();
    }

    @Test
    void theShippedTemplateIsCopiedForEditingAndPassesItsOwnCheck() {
        t.dialogs.files.add(out.resolve("Mau-bien-ban.docx"));
        ExportViewModel vm = new ExportViewModel(t.ctx);
        vm.start(new ExportJob(ExportKind.MINUTES_TEMPLATE, null, ExportNames.of(ExportKind.MINUTES_TEMPLATE, "", null)));

        assertThat(t.dialogs.saveProposals).containsExactly("null|Mau-bien-ban.docx");
        assertThat(vm.stateProperty().get()).isEqualTo(State.DONE);
        t.workspace.exports().checkMinutesTemplate(out.resolve("Mau-bien-ban.docx"));
    }

    @Test
    void fileNamesLoseDiacriticsAndSlashes() {
        assertThat(ExportNames.of(ExportKind.REPORT, "12/KH-ĐKT", LocalDate.of(2025, 1, 2)))
                .isEqualTo("Bao-cao-12-KH-DKT-2025-01-02.docx");
        assertThat(ExportNames.of(ExportKind.MINUTES, "  ", LocalDate.of(2025, 1, 2)))
                .isEqualTo("Bien-ban-2025-01-02.docx");
    }
}
