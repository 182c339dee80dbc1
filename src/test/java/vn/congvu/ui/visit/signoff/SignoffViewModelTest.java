package vn.congvu.ui.visit.signoff;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.domain.Signature;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.SignerRole;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.testing.TestVisits;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.common.Autosaver;

import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class SignoffViewModelTest {

    @TempDir
    Path dir;

    private UiTestContext t;
    private Visit visit;
    private SignoffViewModel vm;

    @BeforeEach
    void open() {
        // the clock says 09:30 on 5 March 2025; the visit started at 08:40
        t = new UiTestContext(dir);
        visit = TestVisits.start(t.workspace);
        vm = new SignoffViewModel(t.ctx);
        vm.load(visit.id());
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Visit stored() {
        return t.workspace.visits().resolve(visit.id());
    }

    @Test
    void theUnitsResponseSavesItselfOneSecondAfterTypingStops() {
        vm.speakerNameProperty().set("Phạm Quốc Huy");
        vm.responseTextProperty().set("Đơn vị tiếp thu và sẽ chấn chỉnh ngay.");
        t.scheduler.advance(Autosaver.IDLE);
        var response = t.workspace.signoff().sheet(visit.id()).response();
        assertThat(response.speakerName()).isEqualTo("Phạm Quốc Huy");
        assertThat(response.text()).isEqualTo("Đơn vị tiếp thu và sẽ chấn chỉnh ngay.");
        assertThat(vm.visitText()).isEqualTo("Đang kiểm tra · bắt đầu 08:40 05/03/2025");
    }

    @Test
    void signersAreTakenFromTheVisitAndOneRefusesWithAReason() {
        vm.addSignersFromVisit();
        assertThat(vm.signatures()).extracting(Signature::fullName)
                .containsExactly("Phạm Quốc Huy", "Trần Văn Minh", "Lê Thu Hà");
        assertThat(vm.roleText(vm.signatures().get(1).role())).isEqualTo("Trưởng đoàn");
        assertThat(vm.signatureProperty().get().fullName()).isEqualTo("Phạm Quốc Huy");

        vm.statusProperty().set(SignatureStatus.REFUSED);
        assertThat(vm.reasonErrorProperty().get()).isEqualTo("Cần ghi lý do từ chối ký.");
        assertThat(t.workspace.signoff().sheet(visit.id()).signatures().get(0).status())
                .isEqualTo(SignatureStatus.PENDING);

        vm.refusalReasonProperty().set("Không đồng ý kết luận về thái độ phục vụ");
        vm.commitSigner();
        Signature s = t.workspace.signoff().sheet(visit.id()).signatures().get(0);
        assertThat(s.status()).isEqualTo(SignatureStatus.REFUSED);
        assertThat(s.refusalReason()).isEqualTo("Không đồng ý kết luận về thái độ phục vụ");
        assertThat(vm.signedText()).isEqualTo("0/3 đã ký · 1 từ chối ký");
    }

    @Test
    void aNewSignerIsStoredOnceItHasAName() {
        vm.addSigner();
        vm.roleProperty().set(SignerRole.MEMBER);
        vm.positionProperty().set("Chuyên viên Sở Nội vụ");
        vm.commitSigner();
        assertThat(vm.nameErrorProperty().get()).isEqualTo("Chưa nhập họ tên người ký.");
        assertThat(t.workspace.signoff().sheet(visit.id()).signatures()).isEmpty();

        vm.fullNameProperty().set("Đỗ Quang Vinh");
        vm.statusProperty().set(SignatureStatus.SIGNED);
        Signature s = t.workspace.signoff().sheet(visit.id()).signatures().get(0);
        assertThat(s.fullName()).isEqualTo("Đỗ Quang Vinh");
        assertThat(s.signedAt()).isEqualTo(LocalDateTime.of(2025, 3, 5, 9, 30));
        assertThat(vm.signatures()).containsExactly(s);
    }

    @Test
    void anEndBeforeTheStartIsMarkedInVietnameseNotSavedAndTheTextKept() {
        vm.endTextProperty().set("08:15");
        vm.commitEnd();
        assertThat(vm.endErrorProperty().get())
                .isEqualTo("Giờ kết thúc không được trước giờ bắt đầu (08:40 05/03/2025).");
        assertThat(vm.endTextProperty().get()).isEqualTo("08:15");
        assertThat(stored().endedAt()).isNull();

        vm.endTextProperty().set("11:05");
        vm.commitEnd();
        assertThat(vm.endErrorProperty().get()).isNull();
        assertThat(stored().endedAt()).isEqualTo(LocalDateTime.of(2025, 3, 5, 11, 5));
    }

    @Test
    void anEndTimeThatIsNoTimeIsMarkedAndNotSaved() {
        vm.endTextProperty().set("chiều");
        vm.commitEnd();
        assertThat(vm.endErrorProperty().get()).startsWith("Giờ không hợp lệ: chiều.");
        assertThat(stored().revision()).isEqualTo(1);
    }

    @Test
    void endingTheVisitAsksThenSetsNowAndTheStatus() {
        t.dialogs.confirmAnswers.push(false);
        vm.completeVisit();
        assertThat(stored().status()).isEqualTo(VisitStatus.IN_PROGRESS);

        vm.completeVisit();

        Visit ended = stored();
        assertThat(ended.status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(ended.endedAt()).isEqualTo(LocalDateTime.of(2025, 3, 5, 9, 30));
        assertThat(vm.endTextProperty().get()).isEqualTo("09:30 05/03/2025");
        assertThat(vm.canComplete()).isFalse();
        assertThat(vm.visitText()).isEqualTo("Đã kết thúc · bắt đầu 08:40 05/03/2025 · kết thúc 09:30 05/03/2025");
    }

    @Test
    void endingWithATypedEndBeforeTheStartIsStoppedAtTheField() {
        vm.endTextProperty().set("07:00");
        vm.completeVisit();
        assertThat(vm.endErrorProperty().get()).contains("08:40 05/03/2025");
        assertThat(stored().status()).isEqualTo(VisitStatus.IN_PROGRESS);
    }

    @Test
    void aFinalisedVisitIsOnlyShown() {
        vm.readOnlyProperty().set(true);
        vm.speakerNameProperty().set("Ai đó");
        t.scheduler.advance(Autosaver.IDLE);
        vm.completeVisit();
        assertThat(t.workspace.signoff().sheet(visit.id()).response()).isNull();
        assertThat(stored().status()).isEqualTo(VisitStatus.IN_PROGRESS);
    }
}
