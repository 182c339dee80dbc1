package vn.congvu.store;

import org.junit.jupiter.api.Test;
import vn.congvu.domain.Counter;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.testing.Records;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitRepositoryTest extends RepositoryTestBase {

    private UnitRepository units() {
        return new UnitRepository(writer);
    }

    private Unit department(String parentId) {
        return new Unit(null, "SNV", UnitKind.DEPARTMENT, "Sở Nội vụ", parentId, "18 Huỳnh Thúc Kháng",
                "024 3773 0000", "Cơ quan thường trực", 0);
    }

    @Test
    void insertedUnitReadsBackEqual() {
        String parentId = write(c -> units().insert(c, Records.unit("UBND", UnitKind.OTHER, "UBND Thành phố")));
        Unit unit = department(parentId);

        String id = write(c -> units().insert(c, unit));

        Optional<Unit> found = read(c -> units().find(c, id));
        assertThat(found).contains(new Unit(id, "SNV", UnitKind.DEPARTMENT, "Sở Nội vụ", parentId,
                "18 Huỳnh Thúc Kháng", "024 3773 0000", "Cơ quan thường trực", 1));
        Optional<Unit> byCode = read(c -> units().findByCode(c, "SNV"));
        assertThat(byCode).isEqualTo(found);
    }

    @Test
    void insertKeepsACallerChosenId() {
        String id = "0195a1b2-0000-7000-8000-000000000001";
        write(c -> units().insert(c, Records.ward("00004", "Ba Đình").withId(id)));
        Optional<Unit> found = read(c -> units().find(c, id));
        assertThat(found).map(Unit::name).contains("Ba Đình");
    }

    @Test
    void nameIsTrimmedAndBlankOptionalFieldsAreStoredAsNull() {
        String id = write(c -> units().insert(c, new Unit(null, "  ", UnitKind.WARD, "  Hoàn Kiếm ", null, " ", "",
                "   ", 0)));
        Optional<Unit> found = read(c -> units().find(c, id));
        assertThat(found).contains(new Unit(id, null, UnitKind.WARD, "Hoàn Kiếm", null, null, null, null, 1));
    }

    @Test
    void updateThroughTheRepositoryBumpsRevisionAndReadsBackEqual() {
        String id = write(c -> units().insert(c, department(null)));
        Unit changed = new Unit(id, "SNV", UnitKind.DEPARTMENT, "Sở Nội vụ Hà Nội", null, "18 Huỳnh Thúc Kháng",
                "024 3773 0001", "Cơ quan thường trực", 1);

        boolean written = write(c -> units().update(c, changed));

        assertThat(written).isTrue();
        Optional<Unit> found = read(c -> units().find(c, id));
        assertThat(found).contains(new Unit(id, "SNV", UnitKind.DEPARTMENT, "Sở Nội vụ Hà Nội", null,
                "18 Huỳnh Thúc Kháng", "024 3773 0001", "Cơ quan thường trực", 2));
    }

    @Test
    void updateWithSameValuesKeepsRevision() {
        String id = write(c -> units().insert(c, department(null)));
        Unit stored = read(c -> units().find(c, id)).orElseThrow();

        boolean written = write(c -> units().update(c, stored));

        assertThat(written).isFalse();
        assertThat(read(c -> units().find(c, id)).orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void updateFromAStaleRevisionIsRefused() {
        String id = write(c -> units().insert(c, department(null)));
        Unit first = read(c -> units().find(c, id)).orElseThrow();
        write(c -> units().update(c, new Unit(id, "SNV", UnitKind.DEPARTMENT, "Sở Nội vụ mới", null, null, null, null,
                first.revision())));

        assertThatThrownBy(() -> write(c -> units().update(c, new Unit(id, "SNV", UnitKind.DEPARTMENT, "Sở Nội vụ cũ",
                null, null, null, null, first.revision())))).isInstanceOf(StaleRecordException.class);
        assertThat(read(c -> units().find(c, id)).orElseThrow().name()).isEqualTo("Sở Nội vụ mới");
    }

    @Test
    void deletedUnitDisappearsButItsCodeCountsAsUsed() {
        String id = write(c -> units().insert(c, Records.ward("00004", "Ba Đình")));
        write(c -> units().insert(c, Records.ward("00008", "Ngọc Hà")));

        write(c -> units().delete(c, id));

        Optional<Unit> byId = read(c -> units().find(c, id));
        Optional<Unit> byCode = read(c -> units().findByCode(c, "00004"));
        assertThat(byId).isEmpty();
        assertThat(byCode).isEmpty();
        List<Unit> live = read(units()::listLive);
        assertThat(live).extracting(Unit::code).containsExactly("00008");
        Set<String> used = read(units()::allCodesEverUsed);
        assertThat(used).containsExactlyInAnyOrder("00004", "00008");
    }

    @Test
    void codeOfADeletedUnitMayBeTakenAgain() {
        String old = write(c -> units().insert(c, Records.ward("00004", "Ba Đình")));
        write(c -> units().delete(c, old));

        String again = write(c -> units().insert(c, Records.ward("00004", "Ba Đình")));

        assertThat(again).isNotEqualTo(old);
        Optional<Unit> byCode = read(c -> units().findByCode(c, "00004"));
        assertThat(byCode).map(Unit::id).contains(again);
    }

    @Test
    void twoLiveUnitsCannotShareACode() {
        write(c -> units().insert(c, Records.ward("00004", "Ba Đình")));
        assertThatThrownBy(() -> write(c -> units().insert(c, Records.ward("00004", "Ba Đình 2"))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT));
    }

    @Test
    void counterReadsBackEqualAndListsByName() {
        String unitId = write(c -> units().insert(c, Records.ward("00004", "Ba Đình")));

        String second = write(c -> units().insertCounter(c, new Counter(null, unitId, "Quầy 2", "Tầng 1", 0)));
        String first = write(c -> units().insertCounter(c, new Counter(null, unitId, "Quầy 1", null, 0)));

        List<Counter> counters = read(c -> units().counters(c, unitId));
        assertThat(counters).containsExactly(new Counter(first, unitId, "Quầy 1", null, 1),
                new Counter(second, unitId, "Quầy 2", "Tầng 1", 1));
    }

    @Test
    void counterKeepsACallerChosenId() {
        String unitId = write(c -> units().insert(c, Records.ward("00004", "Ba Đình")));
        String id = "0195a1b2-0000-7000-8000-0000000000c1";

        String stored = write(c -> units().insertCounter(c, new Counter(id, unitId, "Quầy 1", null, 0)));

        assertThat(stored).isEqualTo(id);
        List<Counter> counters = read(c -> units().counters(c, unitId));
        assertThat(counters).extracting(Counter::id).containsExactly(id);
    }
}
