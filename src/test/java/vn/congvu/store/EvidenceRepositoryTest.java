package vn.congvu.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congvu.domain.Evidence;
import vn.congvu.testing.Scenario;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceRepositoryTest extends RepositoryTestBase {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private Scenario.VisitRef visit;

    @BeforeEach
    void prerequisites() {
        visit = store.scenario().visitToNewWard("00009");
    }

    private EvidenceRepository evidence() {
        return new EvidenceRepository(writer);
    }

    private Evidence photo(String id, String caption, String criterionId, int orientation, long revision) {
        return new Evidence(id, visit.id(), "evidence/2025/03/quay-2.jpg", "IMG_0042.JPG", "image/jpeg", 2_345_678L,
                SHA, LocalDateTime.of(2025, 3, 10, 9, 12), orientation, caption, criterionId, null, null, revision);
    }

    @Test
    void evidenceReadsBackEqual() {
        String criterion = visit.template().criterion("1.2");
        String id = write(c -> evidence().insert(c, photo(null, "Quầy số 2 không có biển chức danh", criterion, 6, 0)));

        List<Evidence> found = read(c -> evidence().evidenceOf(c, visit.id()));
        assertThat(found).containsExactly(photo(id, "Quầy số 2 không có biển chức danh", criterion, 6, 1));
    }

    @Test
    void missingOrientationIsStoredAsUpright() {
        String id = write(c -> evidence().insert(c, photo(null, null, null, 0, 0)));
        List<Evidence> found = read(c -> evidence().evidenceOf(c, visit.id()));
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.orientation()).isEqualTo(1);
        });
    }

    @Test
    void updatingLinksChangesCaptionAndLinksButNeverTheFile() {
        String id = write(c -> evidence().insert(c, photo(null, "Ảnh quầy", null, 1, 0)));
        String criterion = visit.template().criterion("1.3");
        Evidence tampered = new Evidence(id, visit.id(), "evidence/other.jpg", "other.jpg", "image/png", 1L,
                "0".repeat(64), null, 3, "Ảnh quầy số 2", criterion, null, null, 1);

        assertThat(wrote(c -> evidence().updateLinks(c, tampered))).isTrue();

        List<Evidence> found = read(c -> evidence().evidenceOf(c, visit.id()));
        assertThat(found).containsExactly(photo(id, "Ảnh quầy số 2", criterion, 1, 2));
    }

    @Test
    void hashThatIsNotSha256IsRefused() {
        Evidence bad = new Evidence(null, visit.id(), "evidence/a.jpg", null, null, 10, "abc", null, 1, null, null,
                null, null, 0);
        assertThatThrownBy(() -> write(c -> evidence().insert(c, bad))).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT));
    }

    @Test
    void deletedEvidenceLeavesTheList() {
        String id = write(c -> evidence().insert(c, photo(null, null, null, 1, 0)));
        write(c -> evidence().delete(c, id));
        List<Evidence> found = read(c -> evidence().evidenceOf(c, visit.id()));
        assertThat(found).isEmpty();
    }
}
