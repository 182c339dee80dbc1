package vn.congvu.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congvu.domain.Signature;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.SignerRole;
import vn.congvu.domain.UnitResponse;
import vn.congvu.testing.Scenario;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignoffRepositoryTest extends RepositoryTestBase {

    private Scenario.VisitRef visit;

    @BeforeEach
    void prerequisites() {
        visit = store.scenario().visitToNewWard("00009");
    }

    private SignoffRepository signoffs() {
        return new SignoffRepository(writer);
    }

    @Test
    void responseReadsBackEqual() {
        UnitResponse saved = write(c -> signoffs().saveResponse(c, new UnitResponse(null, visit.id(),
                "Nguyễn Văn Bình", "Chủ tịch UBND phường", "Nhất trí với kết quả kiểm tra", 0)));

        Optional<UnitResponse> found = read(c -> signoffs().responseOf(c, visit.id()));
        assertThat(found).contains(new UnitResponse(saved.id(), visit.id(), "Nguyễn Văn Bình", "Chủ tịch UBND phường",
                "Nhất trí với kết quả kiểm tra", 1));
        assertThat(saved).isEqualTo(found.orElseThrow());
    }

    @Test
    void aVisitHasOneResponseThatLaterSavesChange() {
        UnitResponse first = write(c -> signoffs().saveResponse(c, new UnitResponse(null, visit.id(),
                "Nguyễn Văn Bình", "Chủ tịch UBND phường", "Nhất trí", 0)));

        UnitResponse second = write(c -> signoffs().saveResponse(c, new UnitResponse(null, visit.id(),
                "Nguyễn Văn Bình", "Chủ tịch UBND phường", "Nhất trí, sẽ khắc phục trong tháng 3", 0)));
        UnitResponse same = write(c -> signoffs().saveResponse(c, second));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.revision()).isEqualTo(2);
        assertThat(same.revision()).isEqualTo(2);
        long rows = store.read(c -> Sql.queryLong(c, "SELECT count(*) FROM unit_responses WHERE visit_id = ?",
                visit.id()));
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void signaturesReadBackEqualIncludingARefusalWithItsReason() {
        String lead = write(c -> signoffs().insertSignature(c, new Signature(null, visit.id(), SignerRole.TEAM_LEAD,
                "Vũ Văn Trưởng", "Trưởng đoàn", SignatureStatus.SIGNED, null, LocalDateTime.of(2025, 3, 10, 11, 0),
                2, 0)));
        String refused = write(c -> signoffs().insertSignature(c, new Signature(null, visit.id(),
                SignerRole.UNIT_REPRESENTATIVE, "Nguyễn Văn Bình", "Chủ tịch UBND phường", SignatureStatus.REFUSED,
                "Không đồng ý với kết luận tại mục II.3", null, 1, 0)));

        List<Signature> found = read(c -> signoffs().signaturesOf(c, visit.id()));
        assertThat(found).containsExactly(
                new Signature(refused, visit.id(), SignerRole.UNIT_REPRESENTATIVE, "Nguyễn Văn Bình",
                        "Chủ tịch UBND phường", SignatureStatus.REFUSED, "Không đồng ý với kết luận tại mục II.3", null,
                        1, 1),
                new Signature(lead, visit.id(), SignerRole.TEAM_LEAD, "Vũ Văn Trưởng", "Trưởng đoàn",
                        SignatureStatus.SIGNED, null, LocalDateTime.of(2025, 3, 10, 11, 0), 2, 1));
    }

    @Test
    void signatureWithoutStatusIsPendingAndSigningBumpsRevision() {
        String id = write(c -> signoffs().insertSignature(c, new Signature(null, visit.id(), SignerRole.SECRETARY,
                "Đỗ Thị Thư", "Thư ký", null, null, null, 3, 0)));
        Signature signed = new Signature(id, visit.id(), SignerRole.SECRETARY, "Đỗ Thị Thư", "Thư ký",
                SignatureStatus.SIGNED, null, LocalDateTime.of(2025, 3, 10, 11, 5), 3, 1);

        List<Signature> pending = read(c -> signoffs().signaturesOf(c, visit.id()));
        assertThat(pending).extracting(Signature::status).containsExactly(SignatureStatus.PENDING);
        assertThat(wrote(c -> signoffs().updateSignature(c, signed))).isTrue();
        assertThatThrownBy(() -> write(c -> signoffs().updateSignature(c, signed)))
                .isInstanceOf(StaleRecordException.class);

        List<Signature> found = read(c -> signoffs().signaturesOf(c, visit.id()));
        assertThat(found).containsExactly(new Signature(id, visit.id(), SignerRole.SECRETARY, "Đỗ Thị Thư", "Thư ký",
                SignatureStatus.SIGNED, null, LocalDateTime.of(2025, 3, 10, 11, 5), 3, 2));
    }

    @Test
    void deletedSignatureLeavesTheList() {
        String id = write(c -> signoffs().insertSignature(c, new Signature(null, visit.id(), SignerRole.MEMBER,
                "An Văn Bình", null, null, null, null, 4, 0)));
        write(c -> signoffs().deleteSignature(c, id));
        List<Signature> found = read(c -> signoffs().signaturesOf(c, visit.id()));
        assertThat(found).isEmpty();
    }
}
