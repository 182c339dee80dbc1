package vn.congvu.app.signoff;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppException;
import vn.congvu.app.Workspace;
import vn.congvu.app.signoff.SignoffService.SignatureDraft;
import vn.congvu.domain.Signature;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.SignerRole;
import vn.congvu.domain.UnitResponse;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.store.Sql;
import vn.congvu.testing.TestVisits;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignoffServiceTest {

    /** 11:05 in Hà Nội on the day of the visit. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-05T04:05:30Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    private Workspace ws;
    private SignoffService signoff;
    private Visit visit;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("s.db"), true, CLOCK);
        signoff = ws.signoff();
        visit = TestVisits.start(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static String key(Throwable e) {
        return ((AppException) e).key();
    }

    @Test
    void theUnitsResponseIsOneRecordChangedInPlace() {
        assertThat(signoff.saveResponse(visit.id(), " ", null, "")).isNull();
        assertThat(signoff.sheet(visit.id()).response()).isNull();

        UnitResponse first = signoff.saveResponse(visit.id(), "Phạm Quốc Huy", "Phó Chủ tịch UBND phường",
                "Đơn vị tiếp thu, sẽ chấn chỉnh ngay.");
        UnitResponse second = signoff.saveResponse(visit.id(), "Phạm Quốc Huy", "Phó Chủ tịch UBND phường",
                "Đơn vị tiếp thu toàn bộ kết luận, sẽ chấn chỉnh ngay.");
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(signoff.sheet(visit.id()).response().text()).isEqualTo("Đơn vị tiếp thu toàn bộ kết luận, sẽ chấn chỉnh ngay.");
        long rows = ws.db().read(c -> Sql.queryLong(c, "SELECT count(*) FROM unit_responses"));
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void signersComeFromTheRepresentativesAndTheInspectorsPresentOnce() {
        signoff.addSignersFromVisit(visit.id());
        var signers = signoff.addSignersFromVisit(visit.id());
        assertThat(signers).extracting(s -> s.role() + ":" + s.fullName() + ":" + s.status()).containsExactly(
                "UNIT_REPRESENTATIVE:Phạm Quốc Huy:PENDING",
                "TEAM_LEAD:Trần Văn Minh:PENDING",
                "SECRETARY:Lê Thu Hà:PENDING");
        assertThat(signers.get(0).position()).isEqualTo("Phó Chủ tịch UBND phường");
    }

    @Test
    void signingStampsTheTimeAndARefusalKeepsItsReason() {
        Signature s = signoff.saveSignature(new SignatureDraft(null, visit.id(), SignerRole.UNIT_REPRESENTATIVE,
                "Phạm Quốc Huy", "Phó Chủ tịch", SignatureStatus.PENDING, null));
        assertThat(s.signedAt()).isNull();

        Signature signed = signoff.saveSignature(new SignatureDraft(s.id(), visit.id(), s.role(), s.fullName(),
                s.position(), SignatureStatus.SIGNED, "ignored"));
        assertThat(signed.signedAt()).isEqualTo(LocalDateTime.of(2025, 3, 5, 11, 5));
        assertThat(signed.refusalReason()).isNull();

        Signature refused = signoff.saveSignature(new SignatureDraft(s.id(), visit.id(), s.role(), s.fullName(),
                s.position(), SignatureStatus.REFUSED, " Không đồng ý kết luận về thái độ "));
        assertThat(refused.signedAt()).isNull();
        assertThat(refused.refusalReason()).isEqualTo("Không đồng ý kết luận về thái độ");
    }

    @Test
    void aRefusalWithoutReasonOrASignerWithoutNameIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> signoff.saveSignature(new SignatureDraft(null, visit.id(), SignerRole.MEMBER,
                "Lê Thu Hà", null, SignatureStatus.REFUSED, " "))).satisfies(e ->
                assertThat(key(e)).isEqualTo("error.signoff.reasonMissing"));
        assertThatThrownBy(() -> signoff.saveSignature(new SignatureDraft(null, visit.id(), SignerRole.MEMBER,
                "", null, SignatureStatus.PENDING, null))).satisfies(e ->
                assertThat(key(e)).isEqualTo("error.signoff.nameMissing"));
        assertThat(signoff.sheet(visit.id()).signatures()).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndTheVisitIsUnchanged() {
        assertThatThrownBy(() -> signoff.setEndTime(visit.id(), LocalDateTime.of(2025, 3, 5, 8, 39)))
                .satisfies(e -> {
                    assertThat(key(e)).isEqualTo("error.signoff.endBeforeStart");
                    assertThat(((AppException) e).args()).containsExactly("08:40 05/03/2025");
                });
        assertThat(ws.visits().resolve(visit.id()).endedAt()).isNull();
        assertThat(ws.visits().resolve(visit.id()).revision()).isEqualTo(1);
    }

    @Test
    void theEndTimeIsSavedAndMayBeClearedWhileTheVisitGoesOn() {
        assertThat(signoff.setEndTime(visit.id(), LocalDateTime.of(2025, 3, 5, 10, 30)).endedAt())
                .isEqualTo(LocalDateTime.of(2025, 3, 5, 10, 30));
        assertThat(signoff.setEndTime(visit.id(), null).endedAt()).isNull();
    }

    @Test
    void endingTheVisitSetsTheEndToNowAndTheStatusToEnded() {
        Visit ended = signoff.complete(visit.id(), null);
        assertThat(ended.endedAt()).isEqualTo(LocalDateTime.of(2025, 3, 5, 11, 5));
        assertThat(ended.status()).isEqualTo(VisitStatus.COMPLETED);
        assertThatThrownBy(() -> signoff.setEndTime(visit.id(), null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.signoff.endMissing"));
        assertThat(signoff.complete(visit.id(), LocalDateTime.of(2025, 3, 5, 11, 30)).endedAt())
                .isEqualTo(LocalDateTime.of(2025, 3, 5, 11, 30));
    }

    @Test
    void endingWithATimeBeforeTheStartChangesNothing() {
        assertThatThrownBy(() -> signoff.complete(visit.id(), LocalDateTime.of(2025, 3, 5, 7, 0)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.signoff.endBeforeStart"));
        Visit v = ws.visits().resolve(visit.id());
        assertThat(v.status()).isEqualTo(VisitStatus.IN_PROGRESS);
        assertThat(v.endedAt()).isNull();
    }

    @Test
    void aFinalisedVisitCannotBeSignedOffAgain() {
        ws.db().write(c -> Sql.update(c, "UPDATE visits SET status = 'FINALISED' WHERE id = ?", visit.id()));
        assertThatThrownBy(() -> signoff.saveResponse(visit.id(), "A", null, "B"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.visit.finalised"));
        assertThatThrownBy(() -> signoff.complete(visit.id(), null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.visit.finalised"));
    }
}
