package vn.congvu.exchange;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppException;
import vn.congvu.app.exchange.ConflictView;
import vn.congvu.app.exchange.ExchangeService;
import vn.congvu.app.exchange.FinalisationService;
import vn.congvu.app.exchange.VisitVersion;
import vn.congvu.app.signoff.SignoffService;
import vn.congvu.domain.IntegrityIssue;
import vn.congvu.domain.Official;
import vn.congvu.domain.Result;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.SignerRole;
import vn.congvu.store.Sql;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FinalisationTest {

    @TempDir
    Path dir;
    Laptop lead;
    Laptop inspector;
    String visit;

    @BeforeEach
    void setUp() {
        lead = new Laptop(dir, "lead", Instant.parse("2025-03-05T01:00:00Z"));
        inspector = new Laptop(dir, "inspector", Instant.parse("2025-03-05T01:00:00Z"));
        visit = lead.recordVisit("Phường Cửa Nam", LocalDate.of(2025, 3, 5));
        lead.addPhoto(visit, "ảnh biển chức danh");
        inspector.importFrom(lead.export(dir.resolve("base.congvu"), ExportScope.all()));
    }

    @AfterEach
    void tearDown() {
        lead.close();
        inspector.close();
    }

    @Test
    void theFinalisedHashIsTheSameOnEveryLaptopAndVerifyChecksIt() {
        lead.signOff(visit);
        VisitVersion v = lead.ws.finalisation().finalise(visit);
        assertThat(v.hash()).hasSize(64).matches("[0-9a-f]+");
        assertThat(v.shortHash()).isEqualTo(v.hash().substring(0, 4) + " " + v.hash().substring(4, 8) + " "
                + v.hash().substring(8, 12) + " " + v.hash().substring(12, 16));
        assertThat(lead.ws.finalisation().finalisedHash(visit)).contains(v.hash());

        inspector.importFrom(lead.export(dir.resolve("final.congvu"), ExportScope.all()));

        assertThat(inspector.ws.finalisation().finalisedHash(visit)).contains(v.hash());
        assertThat(inspector.ws.finalisation().canonicalForm(visit)).isEqualTo(lead.ws.finalisation().canonicalForm(visit));
        assertThat(inspector.ws.stats().verify(false)).isEmpty();
        assertThat(inspector.ws.finalisation().versions(visit)).extracting(VisitVersion::content)
                .containsExactly(v.content());
    }

    @Test
    void onlySignedMinutesAreFinalisedAndEachMissingStepIsNamed() {
        var signoff = lead.ws.signoff();
        assertThatThrownBy(() -> lead.ws.finalisation().finalise(visit)).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).key()).isEqualTo("error.finalise.notEnded");

        signoff.complete(visit, LocalDate.of(2025, 3, 5).atTime(11, 0));
        assertThatThrownBy(() -> lead.ws.finalisation().finalise(visit)).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).key()).isEqualTo("error.finalise.leadNotSigned");

        signoff.saveSignature(new SignoffService.SignatureDraft(null, visit, SignerRole.TEAM_LEAD, "Trần Văn Minh",
                null, SignatureStatus.SIGNED, null));
        assertThatThrownBy(() -> lead.ws.finalisation().finalise(visit)).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).key()).isEqualTo("error.finalise.unitNotSigned");

        // a refusal to sign, with its reason, is written into the minutes: it completes them
        signoff.saveSignature(new SignoffService.SignatureDraft(null, visit, SignerRole.UNIT_REPRESENTATIVE,
                "Phạm Quốc Huy", null, SignatureStatus.REFUSED, "Không đồng ý kết luận 1.1"));
        signoff.saveSignature(new SignoffService.SignatureDraft(null, visit, SignerRole.SECRETARY, "Lê Thu Hà",
                null, SignatureStatus.PENDING, null));
        assertThatThrownBy(() -> lead.ws.finalisation().finalise(visit)).isInstanceOf(AppException.class)
                .satisfies(e -> {
                    assertThat(((AppException) e).key()).isEqualTo("error.finalise.signersWaiting");
                    assertThat(((AppException) e).args()).containsExactly("Lê Thu Hà");
                });
        assertThat(lead.ws.finalisation().versions(visit)).isEmpty();

        String secretary = signoff.sheet(visit).signatures().stream().filter(x -> x.role() == SignerRole.SECRETARY)
                .findFirst().orElseThrow().id();
        signoff.saveSignature(new SignoffService.SignatureDraft(secretary, visit, SignerRole.SECRETARY, "Lê Thu Hà",
                null, SignatureStatus.SIGNED, null));
        assertThat(lead.ws.finalisation().finalise(visit).versionNo()).isEqualTo(1);
    }

    @Test
    void aFinalisedVisitIsLockedAndVerifyNamesItWhenItsDataIsChangedBehindTheAppsBack() {
        lead.signOff(visit);
        lead.ws.finalisation().finalise(visit);
        assertThatThrownBy(() -> lead.answer(visit, "1.1", Result.FAIL, "sửa sau khi chốt"))
                .isInstanceOf(AppException.class);

        lead.ws.db().write(c -> Sql.update(c, "UPDATE answers SET note = 'sửa lén' WHERE visit_id = ?", visit));

        List<IntegrityIssue> issues = lead.ws.stats().verify(false);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.check()).isEqualTo(IntegrityIssue.IntegrityCheck.FINALISED_HASH);
            assertThat(i.detail()).contains(visit);
        });
    }

    @Test
    void aVisitMarkedFinalisedWithoutAHashHasNothingToCompare() {
        lead.ws.db().write(c -> Sql.update(c, "UPDATE visits SET status = 'FINALISED' WHERE id = ?", visit));
        assertThat(lead.ws.stats().verify(false)).isEmpty();
    }

    @Test
    void reopeningNeedsAReasonAndKeepsTheSignedVersionReadable() {
        lead.signOff(visit);
        VisitVersion first = lead.ws.finalisation().finalise(visit);
        assertThatThrownBy(() -> lead.ws.finalisation().reopen(visit, "  ")).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).key()).isEqualTo("error.visit.reopenReasonMissing");

        lead.ws.finalisation().reopen(visit, "Đơn vị bổ sung ý kiến");
        lead.answer(visit, "1.1", Result.FAIL, "Bổ sung sau khi mở lại");
        VisitVersion second = lead.ws.finalisation().finalise(visit);

        assertThat(second.versionNo()).isEqualTo(2);
        assertThat(second.hash()).isNotEqualTo(first.hash());
        List<VisitVersion> versions = lead.ws.finalisation().versions(visit);
        assertThat(versions).extracting(VisitVersion::versionNo).containsExactly(2, 1);
        assertThat(versions.get(1).reopenReason()).isEqualTo("Đơn vị bổ sung ý kiến");
        assertThat(versions.get(1).content()).isEqualTo(first.content()).doesNotContain("Bổ sung sau khi mở lại");
        assertThat(lead.ws.audit().entries(visit, null, 100)).extracting(e -> e.action())
                .contains("FINALISE", "REOPEN");

        inspector.importFrom(lead.export(dir.resolve("v2.congvu"), ExportScope.all()));
        assertThat(inspector.ws.finalisation().versions(visit)).hasSize(2);
        assertThat(inspector.ws.finalisation().finalisedHash(visit)).contains(second.hash());
    }

    @Test
    void aLateChangeToAFinalisedVisitWaitsAsAConflictUntilTheVisitIsReopened() {
        inspector.answer(visit, "1.1", Result.FAIL, "Ghi muộn");
        lead.signOff(visit);
        String hash = lead.ws.finalisation().finalise(visit).hash();

        var r = lead.importFrom(inspector.export(dir.resolve("late.congvu"), ExportScope.all()));

        assertThat(r.counts().conflicting()).isEqualTo(1);
        assertThat(lead.ws.stats().verify(false)).isEmpty();
        assertThat(lead.ws.finalisation().finalisedHash(visit)).contains(hash);
        ConflictView k = lead.exchange.conflicts(true).get(0);
        assertThat(k.kind()).isEqualTo(ConflictKind.FINALISED);
        assertThatThrownBy(() -> lead.exchange.resolve(k.id(), ExchangeService.Keep.INCOMING))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).key())
                .isEqualTo("error.conflict.visitFinalised");

        lead.ws.finalisation().reopen(visit, "Nhận ghi chép muộn của thành viên đoàn");
        lead.exchange.resolve(k.id().substring(0, 8), ExchangeService.Keep.INCOMING);
        String note = lead.ws.db().read(c -> lead.ws.answerRepository().find(c, visit, lead.criterionId("1.1"))
                .orElseThrow().note());
        assertThat(note).isEqualTo("Ghi muộn");
    }

    @Test
    void theCanonicalFormIgnoresRowOrderIdsAndUnrelatedTables() {
        // the same visit recorded on another laptop, in another order, with other record ids and other work
        try (Laptop copy = new Laptop(dir, "copy", Instant.parse("2025-06-01T01:00:00Z"))) {
            copy.recordVisit("Một cuộc khác", LocalDate.of(2025, 6, 1));
            var source = lead.ws.db().read(c -> lead.ws.visitRepository().find(c, visit).orElseThrow());
            String photoSha = lead.ws.db().read(c -> Sql.queryOne(c, "SELECT sha256 FROM evidence",
                    rs -> rs.getString(1)).orElseThrow());
            copy.ws.db().write(c -> {
                copy.ws.visitRepository().insert(c, source);
                copy.ws.officialRepository().insert(c, new Official(null, visit, "Nguyễn Thị Hoa", "Chuyên viên", true,
                        true, true, null, null, 1, 0));
                copy.ws.answerRepository().save(c, new vn.congvu.domain.Answer(null, visit, copy.criterionId("1.1"),
                        Result.PASS, null, null, null, "Có mặt đủ", null, 0));
                return null;
            });
            copy.addPhoto(visit, "ảnh biển chức danh");
            String copiedSha = copy.ws.db().read(c -> Sql.queryOne(c, "SELECT sha256 FROM evidence WHERE visit_id = ?",
                    rs -> rs.getString(1), visit).orElseThrow());
            assertThat(copiedSha).isEqualTo(photoSha);

            String here = lead.ws.finalisation().canonicalForm(visit);
            String there = copy.ws.finalisation().canonicalForm(visit);
            assertThat(there).isEqualTo(here);
            assertThat(CanonicalVisit.hash(there)).isEqualTo(CanonicalVisit.hash(here));
            assertThat(here).startsWith("{\"answers\":[{\"choice\":null,\"criterion\":\"1.1\"").doesNotContain(" \"")
                    .contains("\"form\":\"congvu.visit.v1\"").contains(photoSha);
        }
    }

    @Test
    void numbersAndTextHaveOneCanonicalSpelling() {
        assertThat(CanonicalJson.decimal(0.1)).isEqualTo("0.1");
        assertThat(CanonicalJson.decimal(12.0)).isEqualTo("12");
        assertThat(CanonicalJson.decimal(-0.0)).isEqualTo("0");
        assertThat(CanonicalJson.decimal(1.0 / 3)).isEqualTo("0.333333");
        String nfd = java.text.Normalizer.normalize("Cửa Nam", java.text.Normalizer.Form.NFD);
        assertThat(CanonicalJson.write(java.util.Map.of("b", nfd, "a", List.of(2L, 1L))))
                .isEqualTo("{\"a\":[1,2],\"b\":\"Cửa Nam\"}");
        assertThat(FinalisationService.shortHash("0123456789abcdef0123")).isEqualTo("0123 4567 89ab cdef");
    }
}
