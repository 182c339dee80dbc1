package vn.congvu.ui.exchange;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.StartVisitRequest;
import vn.congvu.app.exchange.ExchangeService;
import vn.congvu.domain.Answer;
import vn.congvu.domain.Result;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.exchange.MergeCounts;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.conflicts.ConflictsViewModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export dialog, the import wizard and the Conflicts screen between two laptops, each its own
 * database made in the test: a package goes from one to the other, both change the same answer, and the
 * second package's conflict is resolved from the Conflicts screen.
 */
class ExchangeViewModelsTest {

    @TempDir
    Path dir;

    private UiTestContext a;
    private UiTestContext b;
    private Visit visit;

    @BeforeEach
    void open() throws IOException {
        a = new UiTestContext(Files.createDirectories(dir.resolve("a")));
        b = new UiTestContext(Files.createDirectories(dir.resolve("b")));
        Unit ward = a.workspace.units().list("khuong dinh").get(0);
        visit = a.workspace.visits().start(new StartVisitRequest(ward.id(), null, null,
                LocalDateTime.of(2025, 3, 5, 8, 40), true, null,
                List.of(new StartVisitRequest.Inspector(null, "Trần Văn Minh", TeamRole.LEAD, true)), List.of()));
        a.workspace.visits().answer(visit.id(), "1.1", Result.PASS, "Niêm yết đủ");
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    private Path export(UiTestContext from, String name, String passphrase) {
        ExportViewModel vm = new ExportViewModel(from.ctx);
        vm.load(null);
        vm.whatProperty().set(ExportViewModel.What.ALL);
        vm.passphraseProperty().set(passphrase);
        vm.passphraseAgainProperty().set(passphrase);
        Path file = dir.resolve(name);
        vm.export(file);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.resultTextProperty().get()).contains(file.toString());
        return file;
    }

    private ImportViewModel importer(UiTestContext into, int[] imported) {
        return new ImportViewModel(into.ctx, () -> imported[0]++);
    }

    private int visitsOn(UiTestContext t) {
        return t.workspace.visits().list(null).size();
    }

    private Answer answerOn(UiTestContext t, String criterionCode) {
        var r = t.workspace.visitRecording().load(visit.id());
        String id = r.criteria().stream().filter(c -> c.code().equals(criterionCode)).findFirst().orElseThrow().id();
        return r.answers().stream().filter(x -> x.criterionId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void exportRefusesPassphrasesThatDifferAndChangesWithoutARecipientAndWritesNothing() {
        ExportViewModel vm = new ExportViewModel(a.ctx);
        vm.load(visit.id());
        assertThat(vm.whatProperty().get()).as("the visit open now is preselected").isEqualTo(ExportViewModel.What.VISIT);
        assertThat(vm.visitLabelProperty().get()).startsWith("Phường Khương Đình – 05/03/2025");
        Path file = dir.resolve("x.congvu");
        vm.whatProperty().set(ExportViewModel.What.PLAN);
        vm.export(file);
        assertThat(vm.errorProperty().get()).as("no plan on this laptop").isEqualTo("Chưa chọn kế hoạch.");
        vm.whatProperty().set(ExportViewModel.What.VISIT);

        vm.passphraseProperty().set("một hai ba");
        vm.passphraseAgainProperty().set("một hai bốn");
        vm.export(file);
        assertThat(vm.errorProperty().get()).isEqualTo("Hai lần nhập mật khẩu không giống nhau.");

        vm.passphraseAgainProperty().set("một hai ba");
        vm.onlyChangesProperty().set(true);
        vm.export(file);
        assertThat(vm.errorProperty().get()).isEqualTo("Hãy nhập tên người nhận để chỉ gửi phần thay đổi.");
        assertThat(file).doesNotExist();

        vm.recipientProperty().set("Nguyễn Văn An");
        vm.export(file);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.resultProperty().get().encrypted()).isTrue();
        assertThat(file).exists();
    }

    @Test
    void importShowsThePreviewBeforeWritingThenAppliesWithTheSameCounts() {
        Path pkg = export(a, "a.congvu", "");
        int before = visitsOn(b);
        int[] imported = {0};
        ImportViewModel vm = importer(b, imported);

        vm.open(pkg);

        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.PREVIEW);
        MergeCounts preview = vm.countsProperty().get();
        assertThat(preview.added()).isPositive();
        assertThat(preview.conflicting()).isZero();
        assertThat(vm.sourceTextProperty().get()).startsWith("Gói do ");
        assertThat(visitsOn(b)).as("nothing is written by the preview").isEqualTo(before);

        vm.apply();

        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.DONE);
        assertThat(vm.resultProperty().get().counts()).isEqualTo(preview);
        assertThat(vm.resultTextProperty().get()).startsWith("Đã nhập gói: " + preview.added() + " mới");
        assertThat(visitsOn(b)).isEqualTo(before + 1);
        assertThat(imported[0]).isEqualTo(1);
    }

    @Test
    void aWrongPassphraseIsToldApartFromADamagedFileAndNothingIsWritten() throws IOException {
        Path pkg = export(a, "secret.congvu", "trăng rằm");
        int before = visitsOn(b);
        ImportViewModel vm = importer(b, new int[1]);

        vm.open(pkg);
        assertThat(vm.stepProperty().get()).as("asks for the passphrase").isEqualTo(ImportViewModel.Step.PASSPHRASE);
        assertThat(vm.errorProperty().get()).isNull();

        vm.passphraseProperty().set("trăng non");
        vm.unlock();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.PASSPHRASE);
        assertThat(vm.wrongPassphraseProperty().get()).isTrue();
        assertThat(vm.errorProperty().get()).startsWith("Mật khẩu không mở được gói secret.congvu");

        vm.passphraseProperty().set("trăng rằm");
        vm.unlock();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportViewModel.Step.PREVIEW);
        assertThat(vm.previewProperty().get().encrypted()).isTrue();
        vm.apply();
        assertThat(visitsOn(b)).isEqualTo(before + 1);

        // a package cut short, and a file that is no package at all: the service's own words, nothing written
        Path plain = export(a, "plain.congvu", "");
        byte[] bytes = Files.readAllBytes(plain);
        Path cut = Files.write(dir.resolve("cut.congvu"), Arrays.copyOf(bytes, bytes.length / 2));
        Path other = Files.writeString(dir.resolve("notes.congvu"), "không phải gói");
        UiTestContext c = new UiTestContext(Files.createDirectories(dir.resolve("c")));
        try {
            int onC = visitsOn(c);
            ImportViewModel fresh = importer(c, new int[1]);
            fresh.open(cut);
            assertThat(fresh.stepProperty().get()).isEqualTo(ImportViewModel.Step.PICK);
            assertThat(fresh.wrongPassphraseProperty().get()).isFalse();
            assertThat(fresh.errorProperty().get()).contains("cut.congvu").contains("Không có gì được ghi");
            fresh.open(other);
            assertThat(fresh.errorProperty().get()).isEqualTo("Tệp notes.congvu không phải gói dữ liệu CongVu.");
            assertThat(fresh.countsProperty().get()).isNull();
            fresh.apply();
            assertThat(visitsOn(c)).isEqualTo(onC);
        } finally {
            c.close();
        }
    }

    @Test
    void aConflictFromAnImportIsShownSideBySideAndLeavesTheListOnceResolved() {
        ImportViewModel first = importer(b, new int[1]);
        first.open(export(a, "first.congvu", ""));
        first.apply();
        // both laptops change the same answer before they exchange again
        a.workspace.visits().answer(visit.id(), "1.1", Result.FAIL, "Bảng niêm yết đã cũ");
        b.workspace.visits().answer(visit.id(), "1.1", Result.PASS, "Đã thay bảng mới");
        Path second = export(a, "second.congvu", "");

        ConflictCount count = new ConflictCount(b.ctx);
        ImportViewModel vm = new ImportViewModel(b.ctx, count::refresh);
        vm.open(second);
        assertThat(vm.countsProperty().get().conflicting()).isEqualTo(1);
        vm.apply();
        assertThat(vm.resultProperty().get().counts().conflicting()).isEqualTo(1);
        assertThat(count.openProperty().get()).isEqualTo(1);
        assertThat(count.badge().get()).isEqualTo("1");
        assertThat(answerOn(b, "1.1").note()).as("nothing is decided silently").isEqualTo("Đã thay bảng mới");

        ConflictsViewModel conflicts = new ConflictsViewModel(b.ctx, count::refresh);
        conflicts.refresh();
        assertThat(conflicts.rows()).singleElement().satisfies(r -> {
            assertThat(r.title()).startsWith("Kết quả tiêu chí: ");
            assertThat(r.belongsTo()).isEqualTo("Phường Khương Đình – 05/03/2025");
            assertThat(r.local()).startsWith("Máy này: ");
            assertThat(r.incoming()).startsWith("Nhận về: ");
        });
        assertThat(conflicts.selectedProperty().get()).isNotNull();
        assertThat(conflicts.fields()).filteredOn(f -> f.differs()).extracting(f -> f.column())
                .contains("result", "note");
        assertThat(conflicts.fields()).filteredOn(f -> f.column().equals("note")).singleElement()
                .satisfies(f -> {
                    assertThat(f.local()).isEqualTo("Đã thay bảng mới");
                    assertThat(f.incoming()).isEqualTo("Bảng niêm yết đã cũ");
                });

        assertThat(conflicts.fieldName("note")).isEqualTo("Ghi chú");
        assertThat(conflicts.fieldValue("result", "FAIL")).isEqualTo("Không đạt");
        b.dialogs.confirmAnswers.add(false);
        conflicts.resolve(ExchangeService.Keep.INCOMING);
        assertThat(conflicts.rows()).as("saying no decides nothing").hasSize(1);

        conflicts.resolve(ExchangeService.Keep.INCOMING);

        assertThat(conflicts.rows()).isEmpty();
        assertThat(count.openProperty().get()).isZero();
        assertThat(count.badge().get()).isEmpty();
        Answer kept = answerOn(b, "1.1");
        assertThat(kept.result()).isEqualTo(Result.FAIL);
        assertThat(kept.note()).isEqualTo("Bảng niêm yết đã cũ");
        conflicts.showResolvedProperty().set(true);
        assertThat(conflicts.rows()).singleElement().satisfies(r -> assertThat(r.status())
                .startsWith("Đã giữ bản nhận về"));
        assertThat(conflicts.canResolveProperty().get()).isFalse();
    }
}
