package vn.congvu.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.Official;
import vn.congvu.testing.Scenario;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficialRepositoryTest extends RepositoryTestBase {

    private Scenario.VisitRef visit;

    @BeforeEach
    void prerequisites() {
        visit = store.scenario().visitToNewWard("00009");
    }

    private OfficialRepository officials() {
        return new OfficialRepository(writer);
    }

    @Test
    void officialReadsBackEqualWithUnobservedFieldsLeftNull() {
        String seen = write(c -> officials().insert(c, new Official(null, visit.id(), "Phạm Đức Anh",
                "Công chức Tư pháp - Hộ tịch", false, true, true, Attitude.POOR, "Không đeo thẻ", 1, 0)));
        String notSeen = write(c -> officials().insert(c, new Official(null, visit.id(), "Lê Thị Hoa", null, null,
                null, null, null, null, 2, 0)));

        List<Official> found = read(c -> officials().officialsOf(c, visit.id()));
        assertThat(found).containsExactly(
                new Official(seen, visit.id(), "Phạm Đức Anh", "Công chức Tư pháp - Hộ tịch", false, true, true,
                        Attitude.POOR, "Không đeo thẻ", 1, 1),
                new Official(notSeen, visit.id(), "Lê Thị Hoa", null, null, null, null, null, null, 2, 1));
    }

    @Test
    void updateBumpsRevisionNoChangeKeepsItStaleIsRefused() {
        String id = write(c -> officials().insert(c, new Official(null, visit.id(), "Phạm Đức Anh", null, null, null,
                null, null, null, 1, 0)));
        Official observed = new Official(id, visit.id(), "Phạm Đức Anh", null, true, true, false, Attitude.GOOD,
                "Đi họp", 1, 1);

        assertThat(wrote(c -> officials().update(c, observed))).isTrue();
        assertThat(wrote(c -> officials().update(c, new Official(id, visit.id(), "Phạm Đức Anh", null, true, true,
                false, Attitude.GOOD, "Đi họp", 1, 2)))).isFalse();
        assertThatThrownBy(() -> write(c -> officials().update(c, observed))).isInstanceOf(StaleRecordException.class);

        List<Official> found = read(c -> officials().officialsOf(c, visit.id()));
        assertThat(found).containsExactly(new Official(id, visit.id(), "Phạm Đức Anh", null, true, true, false,
                Attitude.GOOD, "Đi họp", 1, 2));
    }

    @Test
    void deletedOfficialLeavesTheList() {
        String id = write(c -> officials().insert(c, new Official(null, visit.id(), "Phạm Đức Anh", null, null, null,
                null, null, null, 1, 0)));
        write(c -> officials().delete(c, id));
        List<Official> found = read(c -> officials().officialsOf(c, visit.id()));
        assertThat(found).isEmpty();
    }
}
