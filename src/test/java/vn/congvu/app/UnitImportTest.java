package vn.congvu.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.UnitImportPlan.Action;
import vn.congvu.app.imports.ImportException;
import vn.congvu.app.imports.RowError;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.store.StaleRecordException;
import vn.congvu.testing.AuditEntries;
import vn.congvu.testing.TestFiles;
import vn.congvu.testing.TestWorkspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Importing units from the .csv and .xlsx files users make in Excel (UnitService.planImport/applyImport). */
class UnitImportTest {

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

    private Optional<Unit> byCode(String code) {
        return t.ws().db().read(c -> t.ws().unitRepository().findByCode(c, code));
    }

    private long unitCount() {
        return units.list(null).size();
    }

    @Test
    void csvPlanTellsNewChangedAndUnchangedRowsAndWritesNothing() {
        Path file = TestFiles.csv(dir, "don-vi.csv",
                "code,type,name,address",
                "00004,Phường,Ba Đình,",
                "00008,Phường,Ngọc Hà,Số 1 Hoàng Hoa Thám",
                "SNV,Sở,Sở Nội vụ,18 Huỳnh Thúc Kháng");
        long audit = AuditEntries.count(t.ws().db());

        UnitImportPlan plan = units.planImport(file);

        assertThat(plan.entries()).extracting(UnitImportPlan.Entry::row, UnitImportPlan.Entry::action)
                .containsExactly(tuple(2, Action.UNCHANGED),
                        tuple(3, Action.UPDATE),
                        tuple(4, Action.NEW));
        assertThat(List.of(plan.count(Action.NEW), plan.count(Action.UPDATE), plan.count(Action.UNCHANGED)))
                .containsExactly(1L, 1L, 1L);
        assertThat(unitCount()).isEqualTo(126);
        assertThat(AuditEntries.count(t.ws().db())).isEqualTo(audit);
    }

    @Test
    void appliedCsvAddsAndChangesUnits() {
        Path file = TestFiles.csv(dir, "don-vi.csv",
                "code,type,name,address,phone",
                "00004,Phường,Ba Đình,,",
                "00008,Phường,Ngọc Hà,Số 1 Hoàng Hoa Thám,",
                "SNV,Sở,Sở Nội vụ,18 Huỳnh Thúc Kháng,024 3773 0000");

        units.applyImport(units.planImport(file));

        assertThat(unitCount()).isEqualTo(127);
        assertThat(byCode("00008")).get().satisfies(u -> {
            assertThat(u.address()).isEqualTo("Số 1 Hoàng Hoa Thám");
            assertThat(u.revision()).isEqualTo(2);
        });
        assertThat(byCode("00004")).map(Unit::revision).contains(1L);
        assertThat(byCode("SNV")).get().satisfies(u -> {
            assertThat(u.kind()).isEqualTo(UnitKind.DEPARTMENT);
            assertThat(u.name()).isEqualTo("Sở Nội vụ");
            assertThat(u.phone()).isEqualTo("024 3773 0000");
        });
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        Path file = TestFiles.csv(dir, "don-vi.csv",
                "code,type,name,address",
                "00008,Phường,Ngọc Hà,Số 1 Hoàng Hoa Thám",
                ",Sở,Sở Tư pháp,1B Trần Phú");
        units.applyImport(units.planImport(file));
        long audit = AuditEntries.count(t.ws().db());

        UnitImportPlan again = units.planImport(file);
        units.applyImport(again);

        assertThat(again.count(Action.UNCHANGED)).isEqualTo(2);
        assertThat(unitCount()).isEqualTo(127);
        assertThat(AuditEntries.count(t.ws().db())).isEqualTo(audit);
    }

    @Test
    void vietnameseHeadersAreRecognised() {
        Path file = TestFiles.csv(dir, "don-vi.csv",
                "Mã,Loại,Tên,Địa chỉ,Ghi chú",
                "SYT,Sở,Sở Y tế,4 Sơn Tây,Kiểm tra quý II");

        units.applyImport(units.planImport(file));

        assertThat(byCode("SYT")).get().satisfies(u -> {
            assertThat(u.name()).isEqualTo("Sở Y tế");
            assertThat(u.address()).isEqualTo("4 Sơn Tây");
            assertThat(u.note()).isEqualTo("Kiểm tra quý II");
        });
    }

    @Test
    void wardOrCommuneWordBeforeTheNameIsDropped() {
        Path file = TestFiles.csv(dir, "don-vi.csv",
                "code,type,name",
                "00004,Phường,Phường Ba Đình",
                "99001,Phường,phường Thử Nghiệm",
                "99002,Xã,Xã Thử Nghiệm",
                "99003,Phường,Phường\u00A0Kim Mã Mới",
                "99004,Xã,Xã",
                "99005,Sở,Phường Sở");

        UnitImportPlan plan = units.planImport(file);
        units.applyImport(plan);

        assertThat(plan.entries().get(0).action()).isEqualTo(Action.UNCHANGED);
        assertThat(plan.entries().get(0).proposed().name()).isEqualTo("Ba Đình");
        assertThat(byCode("99001")).map(Unit::name).contains("Thử Nghiệm");
        assertThat(byCode("99002")).map(Unit::name).contains("Thử Nghiệm");
        assertThat(byCode("99003")).map(Unit::name).contains("Kim Mã Mới");
        assertThat(byCode("99004")).map(Unit::name).as("a name that is only the word stays").contains("Xã");
        assertThat(byCode("99005")).map(Unit::name).as("only for wards and communes").contains("Phường Sở");
    }

    @Test
    void rowWithoutACodeMatchesAUnitOfTheSameKindAndName() {
        Path file = TestFiles.csv(dir, "don-vi.csv",
                "type,name,address",
                "Phường,Đống Đa,Số 1 Tôn Đức Thắng",
                "Xã,Đống Đa,");

        UnitImportPlan plan = units.planImport(file);

        assertThat(plan.entries()).extracting(UnitImportPlan.Entry::action).containsExactly(Action.UPDATE, Action.NEW);
        assertThat(plan.entries().get(0).proposed().code()).isEqualTo("00235");
    }

    @Test
    void badRowsAreAllListedWithTheirExcelRowNumbersAndNothingIsWritten() {
        Path file = TestFiles.csv(dir, "don-vi.csv",
                "code,type,name",
                "SNV,Sở,Sở Nội vụ",
                "STP,Sở,",
                "SYT,Tỉnh,Sở Y tế",
                "SNV,Sở,Sở Nội vụ lần hai",
                "SXD,Sở," + "D".repeat(201),
                "SỞ TC,Sở,Sở Tài chính",
                "SGD,,Sở Giáo dục và Đào tạo");
        long audit = AuditEntries.count(t.ws().db());

        assertThatThrownBy(() -> units.planImport(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.key()).isEqualTo("error.import.badRows");
            assertThat(e.errors()).extracting(RowError::row, RowError::key).containsExactly(
                    tuple(3, "error.unit.nameMissing"),
                    tuple(4, "error.unit.typeUnknown"),
                    tuple(5, "error.unit.codeDuplicate"),
                    tuple(6, "error.unit.nameTooLong"),
                    tuple(7, "error.unit.codeInvalid"),
                    tuple(8, "error.unit.typeMissing"));
            assertThat(e.errors().get(1).args()).containsExactly("Tỉnh");
        });
        assertThat(unitCount()).isEqualTo(126);
        assertThat(AuditEntries.count(t.ws().db())).isEqualTo(audit);
    }

    @Test
    void nameOfExactly200CharactersIsAccepted() {
        Path file = TestFiles.csv(dir, "don-vi.csv", "code,type,name", "SXD,Sở," + "Đ".repeat(200));
        units.applyImport(units.planImport(file));
        assertThat(byCode("SXD")).map(u -> u.name().length()).contains(200);
    }

    @Test
    void blankLinesAreSkippedAndRowsKeepTheNumbersExcelShows() {
        Path file = TestFiles.csv(dir, "don-vi.csv",
                "code,type,name",
                "",
                "SNV,Sở,Sở Nội vụ",
                ",,",
                "STP,Sở,");

        assertThatThrownBy(() -> units.planImport(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.errors()).extracting(RowError::row).containsExactly(5));

        Path good = TestFiles.csv(dir, "tot.csv", "code,type,name", "", "SNV,Sở,Sở Nội vụ", "", "STP,Sở,Sở Tư pháp", "");
        UnitImportPlan plan = units.planImport(good);
        assertThat(plan.entries()).extracting(UnitImportPlan.Entry::row).containsExactly(3, 5);
    }

    @Test
    void missingColumnsAreNamed() {
        Path file = TestFiles.csv(dir, "don-vi.csv", "code,ten_goi", "SNV,Sở Nội vụ");
        assertThatThrownBy(() -> units.planImport(file)).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.key()).isEqualTo("error.import.missingColumns");
            assertThat(e.args()).containsExactly("type, name");
        });
    }

    @Test
    void csvSavedInAVietnameseWindowsEncodingIsRefusedNamingTheLine() {
        Path file = TestFiles.csv(dir, "don-vi.csv", Charset.forName("windows-1258"),
                "code,type,name",
                "SNV,So,So Noi vu",
                "99001,Phuong,Phường Hà Đông");

        assertThatThrownBy(() -> units.planImport(file)).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.key()).isEqualTo("error.import.encoding");
            assertThat(e.args()).containsExactly(3);
        });
    }

    @Test
    void csvSavedInLatin1IsRefusedNamingTheLine() {
        Path file = TestFiles.csv(dir, "don-vi.csv", StandardCharsets.ISO_8859_1,
                "code,type,name",
                "SNV,Sở,Sở Nội vụ".replace("ở", "o").replace("ộ", "o"),
                "",
                "SHN,Sở,Sở Hà Nội".replace("ở", "o").replace("ộ", "o"));

        assertThatThrownBy(() -> units.planImport(file)).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.key()).isEqualTo("error.import.encoding");
            assertThat(e.args()).containsExactly(4);
        });
    }

    @Test
    void byteOrderMarkIsAccepted() {
        Path file = TestFiles.csv(dir, "don-vi.csv", "\uFEFFMã,Loại,Tên", "SNV,Sở,Sở Nội vụ");
        assertThat(Arrays.copyOf(readBytes(file), 3)).containsExactly(0xEF, 0xBB, 0xBF);

        units.applyImport(units.planImport(file));

        assertThat(byCode("SNV")).map(Unit::name).contains("Sở Nội vụ");
    }

    @Test
    void childMayComeBeforeItsParentInTheFile() {
        Path file = TestFiles.csv(dir, "don-vi.csv",
                "code,type,name,parent_code",
                "CN-BD,Chi nhánh,Chi nhánh Ba Đình,TTPV",
                "TTPV,Trung tâm,Trung tâm Phục vụ hành chính công,",
                "CN-HK,Chi nhánh,Chi nhánh Hoàn Kiếm,TTPV");

        units.applyImport(units.planImport(file));

        String parent = byCode("TTPV").orElseThrow().id();
        assertThat(byCode("TTPV")).map(Unit::kind).contains(UnitKind.SERVICE_CENTRE);
        assertThat(byCode("CN-BD")).map(Unit::parentId).contains(parent);
        assertThat(byCode("CN-HK")).map(Unit::parentId).contains(parent);
        assertThat(byCode("CN-BD")).map(Unit::kind).contains(UnitKind.BRANCH);
    }

    @Test
    void parentMayBeAUnitAlreadyStored() {
        Path file = TestFiles.csv(dir, "don-vi.csv", "Mã,Loại,Tên,Mã đơn vị cha", "BPMC-BD,Khác,Bộ phận Một cửa,00004");
        units.applyImport(units.planImport(file));
        assertThat(byCode("BPMC-BD")).map(Unit::parentId).contains(byCode("00004").orElseThrow().id());
    }

    @Test
    void unknownParentIsABadRow() {
        Path file = TestFiles.csv(dir, "don-vi.csv", "code,type,name,parent_code", "CN-1,Chi nhánh,Chi nhánh 1,KHONG-CO");
        assertThatThrownBy(() -> units.planImport(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.errors()).extracting(RowError::row, RowError::key)
                        .containsExactly(tuple(2, "error.unit.parentUnknown")));
        assertThat(byCode("CN-1")).isEmpty();
    }

    @Test
    void planAppliedAfterTheUnitsChangedWritesNothing() {
        Path file = TestFiles.csv(dir, "don-vi.csv",
                "code,type,name,address",
                "SNV,Sở,Sở Nội vụ,",
                "00008,Phường,Ngọc Hà,Số 1 Hoàng Hoa Thám");
        UnitImportPlan plan = units.planImport(file);
        Unit ngocHa = byCode("00008").orElseThrow();
        units.save(new Unit(ngocHa.id(), "00008", UnitKind.WARD, "Ngọc Hà", null, "Số 25 Liễu Giai", null, null,
                ngocHa.revision()));

        assertThatThrownBy(() -> units.applyImport(plan)).isInstanceOf(StaleRecordException.class);

        assertThat(byCode("SNV")).isEmpty();
        assertThat(byCode("00008")).map(Unit::address).contains("Số 25 Liễu Giai");
    }

    @Test
    void xlsxIsImportedLikeCsvWithExcelRowNumbers() {
        Path file = TestFiles.xlsx(dir, "don-vi.xlsx", Arrays.asList(
                List.of("Mã", "Loại", "Tên", "Địa chỉ"),
                List.of("00004", "Phường", "Ba Đình"),
                null,
                List.of("00008", "Phường", "Ngọc Hà", "Số 1 Hoàng Hoa Thám"),
                List.of("SNV", "Sở", "Sở Nội vụ", "18 Huỳnh Thúc Kháng")));

        UnitImportPlan plan = units.planImport(file);

        assertThat(plan.entries()).extracting(UnitImportPlan.Entry::row, UnitImportPlan.Entry::action)
                .containsExactly(tuple(2, Action.UNCHANGED),
                        tuple(4, Action.UPDATE),
                        tuple(5, Action.NEW));
        units.applyImport(plan);
        assertThat(byCode("SNV")).map(Unit::address).contains("18 Huỳnh Thúc Kháng");
        assertThat(unitCount()).isEqualTo(127);
    }

    @Test
    void badXlsxRowsAreListedByExcelRowAndNothingIsWritten() {
        Path file = TestFiles.xlsx(dir, "don-vi.xlsx", Arrays.asList(
                null,
                List.of("code", "type", "name"),
                List.of("SNV", "Sở", "Sở Nội vụ"),
                null,
                null,
                List.of("STP", "Sở"),
                List.of("SYT", "Bệnh viện", "Sở Y tế")));

        assertThatThrownBy(() -> units.planImport(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.errors()).extracting(RowError::row, RowError::key).containsExactly(
                        tuple(6, "error.unit.nameMissing"),
                        tuple(7, "error.unit.typeUnknown")));
        assertThat(unitCount()).isEqualTo(126);
    }

    @Test
    void numericCodeCellInXlsxIsReadAsWritten() {
        Path file = TestFiles.xlsx(dir, "don-vi.xlsx", List.of(
                List.of("code", "type", "name"),
                List.of(12345, "Khác", "Đơn vị số")));
        UnitImportPlan plan = units.planImport(file);
        assertThat(plan.entries()).singleElement().extracting(e -> e.proposed().code()).isEqualTo("12345");
    }

    @Test
    void fileThatIsNeitherCsvNorXlsxIsRefused() {
        Path file = TestFiles.csv(dir, "don-vi.txt", "code,type,name", "SNV,Sở,Sở Nội vụ");
        assertThatThrownBy(() -> units.planImport(file)).isInstanceOfSatisfying(AppException.class,
                e -> assertThat(e.key()).isEqualTo("error.import.unsupportedType"));
        assertThatThrownBy(() -> units.planImport(dir.resolve("khong-co.csv"))).isInstanceOfSatisfying(
                AppException.class, e -> assertThat(e.key()).isEqualTo("error.file.notFound"));
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
