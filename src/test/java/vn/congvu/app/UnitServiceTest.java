package vn.congvu.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.store.Table;
import vn.congvu.testing.AuditEntries;
import vn.congvu.testing.TestWorkspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitServiceTest {

    @TempDir
    Path dir;

    private TestWorkspace t;
    private UnitService units;

    @BeforeEach
    void open() {
        t = TestWorkspace.open(dir);
        units = t.ws().units();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static Unit department(String code, String name) {
        return new Unit(null, code, UnitKind.DEPARTMENT, name, null, null, null, null, 0);
    }

    @Test
    void saveCreatesAUnitAndReturnsItAsStored() {
        Unit saved = units.save(new Unit(null, " SNV ", UnitKind.DEPARTMENT, " Sở Nội vụ ", null,
                "18 Huỳnh Thúc Kháng", "", null, 0));

        assertThat(saved.id()).isNotNull();
        assertThat(saved).isEqualTo(new Unit(saved.id(), "SNV", UnitKind.DEPARTMENT, "Sở Nội vụ", null,
                "18 Huỳnh Thúc Kháng", null, null, 1));
        assertThat(units.find(saved.id())).contains(saved);
    }

    @Test
    void saveOfAStoredUnitChangesIt() {
        Unit saved = units.save(department("SNV", "Sở Nội vụ"));

        Unit renamed = units.save(new Unit(saved.id(), "SNV", UnitKind.DEPARTMENT, "Sở Nội vụ Hà Nội", null, null, null,
                null, saved.revision()));

        assertThat(renamed.name()).isEqualTo("Sở Nội vụ Hà Nội");
        assertThat(renamed.revision()).isEqualTo(2);
    }

    @Test
    void codeHeldByAnotherUnitIsRefusedAndNothingIsWritten() {
        long audit = AuditEntries.count(t.ws().db());

        assertThatThrownBy(() -> units.save(department("00004", "Sở Tư pháp")))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.unit.codeTaken");
                    assertThat(e.args()).containsExactly("00004");
                });
        assertThat(units.list(null)).hasSize(126);
        assertThat(AuditEntries.count(t.ws().db())).isEqualTo(audit);
    }

    @Test
    void unitMayKeepItsOwnCode() {
        Unit baDinh = WorkspaceSeedingTest.unitByCode(t.ws(), "00004");
        Unit saved = units.save(new Unit(baDinh.id(), "00004", UnitKind.WARD, "Ba Đình", null, "Số 2 Phan Đình Phùng",
                null, null, baDinh.revision()));
        assertThat(saved.address()).isEqualTo("Số 2 Phan Đình Phùng");
    }

    @Test
    void nameOfMoreThan200CharactersIsRefused() {
        assertThatThrownBy(() -> units.save(department("X1", "Đ".repeat(201))))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.unit.nameTooLong");
                    assertThat(e.args()).containsExactly(200);
                });
        assertThat(units.save(department("X1", "Đ".repeat(200))).name()).hasSize(200);
    }

    @Test
    void missingNameTypeOrBadCodeIsRefused() {
        assertThatThrownBy(() -> units.save(department("X1", "   ")))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("error.unit.nameMissing"));
        assertThatThrownBy(() -> units.save(new Unit(null, "X1", null, "Sở Y tế", null, null, null, null, 0)))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("error.unit.typeMissing"));
        assertThatThrownBy(() -> units.save(department("SỞ NỘI VỤ", "Sở Nội vụ")))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("error.unit.codeInvalid"));
        assertThatThrownBy(() -> units.save(department("A".repeat(21), "Sở Nội vụ")))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("error.unit.codeInvalid"));
    }

    @Test
    void unitWithAVisitCannotBeDeleted() {
        Unit baDinh = WorkspaceSeedingTest.unitByCode(t.ws(), "00004");
        String templateId = t.ws().templates().current().orElseThrow().id();
        t.scenario().visit(baDinh.id(), templateId);

        assertThatThrownBy(() -> units.delete(baDinh.id()))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("error.unit.hasVisits"));
        assertThat(units.find(baDinh.id())).isPresent();
    }

    @Test
    void unitWhoseVisitsWereDeletedCanBeDeleted() {
        Unit baDinh = WorkspaceSeedingTest.unitByCode(t.ws(), "00004");
        String templateId = t.ws().templates().current().orElseThrow().id();
        String visit = t.scenario().visit(baDinh.id(), templateId);
        t.ws().db().write(c -> t.ws().writer().delete(c, Table.VISITS, visit));

        units.delete(baDinh.id());

        assertThat(units.find(baDinh.id())).isEmpty();
    }

    @Test
    void listIsByKindThenVietnameseAlphabeticalOrder() {
        List<Unit> all = units.list(null);
        List<String> wards = all.stream().filter(u -> u.kind() == UnitKind.WARD).map(Unit::name).toList();

        assertThat(all.get(0).kind()).isEqualTo(UnitKind.WARD);
        assertThat(all.get(all.size() - 1).kind()).isEqualTo(UnitKind.COMMUNE);
        // Đ is a letter of its own after D, not sorted in with it
        assertThat(wards.indexOf("Bạch Mai")).isLessThan(wards.indexOf("Bồ Đề"));
        assertThat(wards.indexOf("Dương Nội")).isLessThan(wards.indexOf("Đống Đa"));
        assertThat(wards.indexOf("Đống Đa")).isLessThan(wards.indexOf("Giảng Võ"));
    }

    @Test
    void listWithAQueryFindsUnitsWithoutDiacritics() {
        assertThat(units.list("dong da")).extracting(Unit::code).containsExactly("00235");
        assertThat(units.list("  ")).hasSize(126);
        assertThat(units.list("khong co phuong nao")).isEmpty();
    }

    @Test
    void deletedUnitIsNoLongerListedOrFound() {
        Unit baDinh = WorkspaceSeedingTest.unitByCode(t.ws(), "00004");
        units.delete(baDinh.id());

        Optional<Unit> found = units.find(baDinh.id());
        assertThat(found).isEmpty();
        assertThat(units.list(null)).hasSize(125);
        assertThat(units.list("ba dinh")).isEmpty();
    }
}
