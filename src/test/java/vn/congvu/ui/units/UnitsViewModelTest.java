package vn.congvu.ui.units;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.UnitImportPlan;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.common.Autosaver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class UnitsViewModelTest {

    @TempDir
    Path dir;

    private UiTestContext t;
    private UnitsViewModel vm;

    @BeforeEach
    void open() {
        t = new UiTestContext(dir);
        vm = new UnitsViewModel(t.ctx);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void listsAllUnitsThenFiltersWhileTypingWithoutDiacritics() {
        vm.refresh();
        assertThat(vm.units()).hasSize(126);
        vm.queryProperty().set("khuong dinh");
        assertThat(vm.units()).extracting(Unit::name).containsExactly("Khương Đình");
    }

    @Test
    void aNewUnitIsSavedOneSecondAfterTypingStops() {
        vm.newUnit();
        vm.kindProperty().set(UnitKind.DEPARTMENT);
        vm.nameProperty().set("Sở Tư pháp");
        assertThat(t.workspace.units().list("tu phap")).isEmpty();

        t.scheduler.advance(Autosaver.IDLE.minusMillis(1));
        assertThat(t.workspace.units().list("tu phap")).isEmpty();
        t.scheduler.advance(Duration.ofMillis(1));

        assertThat(t.workspace.units().list("tu phap")).extracting(Unit::name).containsExactly("Sở Tư pháp");
        assertThat(t.saveStatus.lastSavedProperty().get()).isNotNull();
        assertThat(vm.editingProperty().get().id()).isNotNull();
    }

    @Test
    void furtherEditsUpdateTheSameUnitInsteadOfAddingAnother() {
        vm.newUnit();
        vm.nameProperty().set("Sở Xây dựng");
        vm.commit();
        vm.addressProperty().set("52 Lê Đại Hành");
        vm.commit();
        List<Unit> found = t.workspace.units().list("so xay dung");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).address()).isEqualTo("52 Lê Đại Hành");
        assertThat(found.get(0).revision()).isEqualTo(2);
    }

    @Test
    void anEmptyNameIsMarkedAndNothingIsWritten() {
        vm.newUnit();
        vm.addressProperty().set("Số 1");
        vm.commit();
        assertThat(vm.nameErrorProperty().get()).isEqualTo("thiếu tên đơn vị");
        assertThat(t.workspace.stats().counts().get("units")).isEqualTo(126);
    }

    @Test
    void editingAWardKeepsItsCodeAndSavesTheNote() {
        vm.refresh();
        Unit ward = vm.units().stream().filter(u -> u.name().equals("Ba Đình")).findFirst().orElseThrow();
        vm.edit(ward);
        vm.noteProperty().set("Trụ sở mới từ 01/7/2025");
        t.scheduler.advance(Autosaver.IDLE);
        Unit stored = t.workspace.units().find(ward.id()).orElseThrow();
        assertThat(stored.note()).isEqualTo("Trụ sở mới từ 01/7/2025");
        assertThat(stored.code()).isEqualTo("00004");
    }

    @Test
    void aCodeTakenByAnotherUnitIsReportedAndTheTextStays() {
        vm.newUnit();
        vm.nameProperty().set("Sở Y tế");
        vm.codeProperty().set("00004");
        vm.commit();
        assertThat(t.saveStatus.failureProperty().get()).contains("00004");
        assertThat(vm.nameProperty().get()).isEqualTo("Sở Y tế");
        assertThat(t.ctx.autosaver().hasAnyPending()).isTrue();
        vm.codeProperty().set("SYT");
        vm.commit();
        assertThat(t.saveStatus.failureProperty().get()).isNull();
        assertThat(t.workspace.units().list("so y te")).extracting(Unit::code).containsExactly("SYT");
    }

    @Test
    void importShowsThePlanBeforeWritingAndAppliesItWhole() throws Exception {
        Path csv = dir.resolve("units.csv");
        Files.writeString(csv, "code,type,name\nSTP,Sở,Sở Tư pháp\n00004,Phường,Ba Đình\n", StandardCharsets.UTF_8);
        AtomicReference<UnitImportPlan> plan = new AtomicReference<>();
        List<Throwable> refused = new ArrayList<>();
        vm.planImport(csv, plan::set, refused::add);
        assertThat(refused).isEmpty();
        assertThat(plan.get().count(UnitImportPlan.Action.NEW)).isEqualTo(1);
        assertThat(plan.get().count(UnitImportPlan.Action.UNCHANGED)).isEqualTo(1);
        assertThat(t.workspace.stats().counts().get("units")).isEqualTo(126);

        vm.applyImport(plan.get(), () -> { });
        assertThat(t.workspace.stats().counts().get("units")).isEqualTo(127);
        assertThat(vm.units()).hasSize(127);
    }

    @Test
    void deletingAskedFirstAndRemovesTheUnitFromTheList() {
        vm.refresh();
        Unit ward = vm.units().get(0);
        vm.edit(ward);
        t.dialogs.confirmAnswers.push(false);
        vm.deleteEdited();
        assertThat(vm.units()).hasSize(126);
        vm.deleteEdited();
        assertThat(vm.units()).hasSize(125);
        assertThat(t.workspace.units().find(ward.id())).isEmpty();
    }
}
