package vn.congvu.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.LimitKind;
import vn.congvu.testing.Scenario;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierRepositoryTest extends RepositoryTestBase {

    private static final LocalDateTime RECEIVED = LocalDateTime.of(2025, 1, 24, 9, 0);

    private Scenario.VisitRef visit;

    @BeforeEach
    void prerequisites() {
        visit = store.scenario().visitToNewWard("00009");
    }

    private DossierRepository dossiers() {
        return new DossierRepository(writer);
    }

    private Dossier overdue(String id, long revision) {
        return new Dossier(id, visit.id(), "000.00.09.H26-250124-0017", "Đăng ký khai sinh", RECEIVED, 3,
                LimitKind.WORKING_DAYS, LocalDate.of(2025, 2, 5), LocalDateTime.of(2025, 2, 7, 15, 30), true, true,
                false, "Trả muộn 2 ngày, có phiếu xin lỗi", 1, revision);
    }

    @Test
    void dossierReadsBackEqual() {
        String id = write(c -> dossiers().insert(c, overdue(null, 0)));
        List<Dossier> found = read(c -> dossiers().dossiersOf(c, visit.id()));
        assertThat(found).containsExactly(overdue(id, 1));
    }

    @Test
    void dossierWithoutLimitKindCountsWorkingDays() {
        String id = write(c -> dossiers().insert(c, new Dossier(null, visit.id(), "HS-1", "Chứng thực bản sao",
                RECEIVED, 0, null, RECEIVED.toLocalDate(), null, null, null, null, null, 0, 0)));
        List<Dossier> found = read(c -> dossiers().dossiersOf(c, visit.id()));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(id);
            assertThat(d.limitKind()).isEqualTo(LimitKind.WORKING_DAYS);
            assertThat(d.apologyIssued()).isNull();
        });
    }

    @Test
    void updateBumpsRevisionAndStaleUpdateIsRefused() {
        String id = write(c -> dossiers().insert(c, overdue(null, 0)));
        Dossier returnedOnTime = new Dossier(id, visit.id(), "000.00.09.H26-250124-0017", "Đăng ký khai sinh", RECEIVED,
                3, LimitKind.WORKING_DAYS, LocalDate.of(2025, 2, 5), LocalDateTime.of(2025, 2, 4, 10, 0), false, true,
                false, null, 1, 1);

        assertThat(wrote(c -> dossiers().update(c, returnedOnTime))).isTrue();
        assertThatThrownBy(() -> write(c -> dossiers().update(c, returnedOnTime)))
                .isInstanceOf(StaleRecordException.class);
        List<Dossier> found = read(c -> dossiers().dossiersOf(c, visit.id()));
        assertThat(found).containsExactly(new Dossier(id, visit.id(), "000.00.09.H26-250124-0017", "Đăng ký khai sinh",
                RECEIVED, 3, LimitKind.WORKING_DAYS, LocalDate.of(2025, 2, 5), LocalDateTime.of(2025, 2, 4, 10, 0),
                false, true, false, null, 1, 2));
    }

    @Test
    void dueDateBeforeReceiptIsRefused() {
        Dossier wrong = new Dossier(null, visit.id(), "HS-1", "Đăng ký khai sinh", RECEIVED, 3, LimitKind.WORKING_DAYS,
                LocalDate.of(2025, 1, 23), null, null, null, null, null, 0, 0);
        assertThatThrownBy(() -> write(c -> dossiers().insert(c, wrong))).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT));
    }

    @Test
    void returnBeforeReceiptIsRefused() {
        Dossier wrong = new Dossier(null, visit.id(), "HS-1", "Đăng ký khai sinh", RECEIVED, 3, LimitKind.WORKING_DAYS,
                LocalDate.of(2025, 2, 5), RECEIVED.minusHours(1), null, null, null, null, 0, 0);
        assertThatThrownBy(() -> write(c -> dossiers().insert(c, wrong))).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT));
    }

    @Test
    void deletedDossierLeavesTheList() {
        String id = write(c -> dossiers().insert(c, overdue(null, 0)));
        write(c -> dossiers().delete(c, id));
        List<Dossier> found = read(c -> dossiers().dossiersOf(c, visit.id()));
        assertThat(found).isEmpty();
    }
}
