package vn.congvu.ui.visit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.StartVisitRequest;
import vn.congvu.app.visit.DossierInputField;
import vn.congvu.domain.Answer;
import vn.congvu.domain.Evidence;
import vn.congvu.domain.Result;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.common.Autosaver;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VisitWorkspaceViewModelTest {

    @TempDir
    Path dir;

    private UiTestContext t;
    private VisitWorkspaceViewModel vm;
    private Visit visit;

    @BeforeEach
    void open() {
        t = new UiTestContext(dir);
        Unit ward = t.workspace.units().list("khuong dinh").get(0);
        visit = t.workspace.visits().start(new StartVisitRequest(ward.id(), null, null,
                LocalDateTime.of(2025, 3, 5, 8, 40), true, null,
                List.of(new StartVisitRequest.Inspector(null, "Trần Văn Minh", TeamRole.LEAD, true)),
                List.of(new StartVisitRequest.Representative("Phạm Quốc Huy", "Phó Chủ tịch UBND phường"))));
        vm = new VisitWorkspaceViewModel(t.ctx);
        vm.open(visit.id());
    }

    @AfterEach
    void close() {
        t.close();
    }

    private CriterionEntry criterion(String code) {
        return vm.checklist().entries().stream().filter(e -> e.criterion().code().equals(code)).findFirst()
                .orElseThrow();
    }

    private Optional<Answer> stored(String code) {
        String id = criterion(code).criterion().id();
        return t.workspace.visitRecording().load(visit.id()).answers().stream()
                .filter(a -> a.criterionId().equals(id)).findFirst();
    }

    @Test
    void openingShowsTheHeaderTheChecklistVersionAndThePeople() {
        assertThat(vm.unitNameProperty().get()).isEqualTo("Phường Khương Đình");
        assertThat(vm.dateTextProperty().get()).isEqualTo("05/03/2025");
        assertThat(vm.startTextProperty().get()).isEqualTo("05/03/2025 08:40");
        assertThat(vm.statusTextProperty().get()).isEqualTo("Đang kiểm tra");
        assertThat(vm.planTextProperty().get()).isEqualTo("Không theo kế hoạch");
        assertThat(vm.checklist().entries()).hasSize(18);
        assertThat(vm.checklist().groups()).hasSize(8);
        assertThat(vm.checklist().groups().get(0).badge().get()).isEqualTo("0/4");
        assertThat(vm.people()).contains("Trần Văn Minh (đoàn kiểm tra, có mặt)",
                "Phạm Quốc Huy – Phó Chủ tịch UBND phường (đại diện đơn vị)");
        assertThat(vm.answeredTextProperty().get()).isEqualTo("Đã đánh giá 0/18 tiêu chí");
    }

    @Test
    void theKeysOneTwoThreeJudgeACriterionAndSaveAtOnce() {
        CriterionEntry e = criterion("1.2");
        assertThat(e.verdictKey("2")).isTrue();
        assertThat(stored("1.2")).map(Answer::result).contains(Result.FAIL);
        assertThat(e.verdictKey("1")).isTrue();
        assertThat(stored("1.2")).map(Answer::result).contains(Result.PASS);
        assertThat(e.verdictKey("3")).isTrue();
        assertThat(stored("1.2")).map(Answer::result).contains(Result.NA);
        assertThat(e.verdictKey("0")).isTrue();
        assertThat(stored("1.2").get().result()).isNull();
        assertThat(e.verdictKey("x")).isFalse();
        assertThat(e.verdictKey("4")).isFalse();
        assertThat(t.ctx.autosaver().hasAnyPending()).isFalse();
    }

    @Test
    void enterMovesToTheNextCriterionAcrossGroups() {
        assertThat(vm.checklist().next(criterion("1.1"))).isSameAs(criterion("1.2"));
        assertThat(vm.checklist().next(criterion("1.4"))).isSameAs(criterion("2.1"));
        assertThat(vm.checklist().previous(criterion("2.1"))).isSameAs(criterion("1.4"));
        assertThat(vm.checklist().next(criterion("8.1"))).isNull();
        criterion("1.1").verdictKey("1");
        assertThat(vm.checklist().firstOpen()).isSameAs(criterion("1.2"));
    }

    @Test
    void theBadgesAndTheSummaryFollowTheAnswers() {
        criterion("1.1").verdictKey("1");
        criterion("1.2").verdictKey("2");
        criterion("1.3").verdictKey("3");
        assertThat(vm.checklist().groups().get(0).badge().get()).isEqualTo("3/4");
        assertThat(vm.checklist().answeredProperty().get()).isEqualTo(3);
        assertThat(vm.answeredTextProperty().get()).isEqualTo("Đã đánh giá 3/18 tiêu chí");
        assertThat(vm.verdictsTextProperty().get()).isEqualTo("Đạt 1 · Không đạt 1 · Không áp dụng 1");
        assertThat(vm.failuresByGroup()).containsExactly(
                "1. Kỷ luật, kỷ cương và thái độ của cán bộ, công chức: 1 không đạt");
        assertThat(vm.scoreTextProperty().get()).isEqualTo("Điểm 50/100 · xếp loại Trung bình");
    }

    @Test
    void aCountIsSavedOneSecondAfterTypingStops() {
        CriterionEntry e = criterion("3.1");
        e.value1Property().set("1");
        e.value1Property().set("12");
        assertThat(stored("3.1")).isEmpty();
        t.scheduler.advance(Autosaver.IDLE.minusMillis(1));
        assertThat(stored("3.1")).isEmpty();
        t.scheduler.advance(Duration.ofMillis(1));
        assertThat(stored("3.1")).map(Answer::value1).contains(12.0);
        assertThat(t.saveStatus.lastSavedProperty().get()).isNotNull();
    }

    @Test
    void leavingTheFieldSavesAtOnce() {
        CriterionEntry e = criterion("6.1");
        e.value1Property().set("85,5");
        e.commit();
        assertThat(stored("6.1")).map(Answer::value1).contains(85.5);
    }

    @Test
    void aWrongFigureIsMarkedKeptOnScreenAndNotSaved() {
        CriterionEntry e = criterion("5.1");
        e.value1Property().set("5");
        e.value2Property().set("7");
        e.commit();
        assertThat(e.value2ErrorProperty().get())
                .isEqualTo("Số hồ sơ quá hạn (7) không được lớn hơn Số hồ sơ kiểm tra (5).");
        assertThat(stored("5.1")).isEmpty();
        e.value2Property().set("-1");
        assertThat(e.value2ErrorProperty().get()).isEqualTo("Số hồ sơ quá hạn: phải là số nguyên không âm.");
        e.value2Property().set("2a");
        e.commit();
        assertThat(e.value2Property().get()).isEqualTo("2a");
        assertThat(stored("5.1")).isEmpty();
        e.value2Property().set("2");
        e.commit();
        assertThat(e.value2ErrorProperty().get()).isNull();
        assertThat(stored("5.1")).map(Answer::value2).contains(2.0);

        CriterionEntry pct = criterion("6.2");
        pct.value1Property().set("120");
        assertThat(pct.value1ErrorProperty().get()).contains("từ 0 đến 100");
    }

    @Test
    void anOptionIsPickedByTypingItsNumber() {
        CriterionEntry e = criterion("1.4");
        assertThat(e.choiceKey("2")).isTrue();
        assertThat(e.choiceProperty().get()).isEqualTo("Đạt yêu cầu");
        assertThat(stored("1.4")).map(Answer::choice).contains("Đạt yêu cầu");
        assertThat(e.choiceKey("9")).isTrue();
        assertThat(e.choiceProperty().get()).isEqualTo("Đạt yêu cầu");
        assertThat(criterion("1.2").choiceKey("1")).isFalse();
    }

    @Test
    void theNoteAndTheSeverityOfAFailureAreKept() {
        CriterionEntry e = criterion("4.3");
        e.verdictKey("2");
        e.noteProperty().set("Yêu cầu nộp thêm bản sao sổ hộ khẩu");
        e.severityProperty().set(vn.congvu.domain.Severity.MAJOR);
        t.scheduler.advance(Autosaver.IDLE);
        Answer a = stored("4.3").orElseThrow();
        assertThat(a.note()).isEqualTo("Yêu cầu nộp thêm bản sao sổ hộ khẩu");
        assertThat(a.severity()).isEqualTo(vn.congvu.domain.Severity.MAJOR);
        e.verdictKey("1");
        assertThat(e.severityProperty().get()).isNull();
        assertThat(stored("4.3").orElseThrow().severity()).isNull();
    }

    @Test
    void aFailureThatNeedsAPhotoSaysSoUntilEvidenceIsLinked() {
        CriterionEntry e = criterion("1.2");
        e.verdictKey("2");
        assertThat(e.photoMissingProperty().get()).isTrue();
        assertThat(vm.photosTextProperty().get()).isEqualTo("Còn 1 tiêu chí không đạt cần ảnh minh chứng: 1.2");
        assertThat(criterion("1.3").photoMissingProperty().get()).isFalse();
        String criterionId = e.criterion().id();
        t.workspace.db().write(c -> t.workspace.evidenceRepository().insert(c, new Evidence(null, visit.id(),
                "evidence/x.jpg", "x.jpg", "image/jpeg", 10, "cd".repeat(32), null, 1, null, criterionId, null, null,
                0)));
        vm.refreshEvidence();
        assertThat(e.photoMissingProperty().get()).isFalse();
        assertThat(vm.photosTextProperty().get()).isNull();
    }

    @Test
    void anOfficialIsSavedOnceNamedAndViolationsAreCounted() {
        OfficialEntry o = vm.officials().add();
        o.positionProperty().set("Công chức Tư pháp – Hộ tịch");
        o.commit();
        assertThat(o.nameErrorProperty().get()).isEqualTo("Nhập họ tên để lưu dòng này.");
        assertThat(t.workspace.stats().counts().get("officials")).isZero();
        assertThat(vm.unsavedTextProperty().get()).isEqualTo("Chưa lưu: 1 dòng cán bộ còn thiếu họ tên.");
        o.fullNameProperty().set("Nguyễn Thị Lan");
        t.scheduler.advance(Autosaver.IDLE);
        assertThat(o.nameErrorProperty().get()).isNull();
        assertThat(vm.unsavedTextProperty().get()).isNull();
        assertThat(o.id()).isNotNull();
        o.badgeWornProperty().set(false);
        assertThat(o.violationProperty().get()).isTrue();
        assertThat(vm.officials().withViolationProperty().get()).isEqualTo(1);
        assertThat(vm.officialsTextProperty().get()).isEqualTo("1/1 cán bộ có vi phạm");
        assertThat(vm.violators()).containsExactly("Nguyễn Thị Lan");
        var stored = t.workspace.visitRecording().load(visit.id()).officials();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).badgeWorn()).isFalse();
        assertThat(stored.get(0).revision()).isEqualTo(2);
    }

    @Test
    void aRowNeverSavedIsRemovedWithoutAskingAndASavedOneAfterAsking() {
        OfficialEntry blank = vm.officials().add();
        vm.officials().remove(blank);
        assertThat(vm.officials().entries()).isEmpty();
        OfficialEntry o = vm.officials().add();
        o.fullNameProperty().set("Lê Văn An");
        o.commit();
        t.dialogs.confirmAnswers.push(false);
        vm.officials().remove(o);
        assertThat(vm.officials().entries()).hasSize(1);
        vm.officials().remove(o);
        assertThat(vm.officials().entries()).isEmpty();
        assertThat(t.workspace.visitRecording().load(visit.id()).officials()).isEmpty();
    }

    @Test
    void aDossierReceivedLongAgoAndNotReturnedIsFlaggedOverdueAtOnce() {
        DossierEntry d = vm.dossiers().add();
        d.codeProperty().set("000.00.18.H26-250210-0007");
        assertThat(d.missingProperty().get())
                .isEqualTo("Chưa lưu, còn thiếu: Thủ tục hành chính, Tiếp nhận, Thời hạn.");
        assertThat(vm.unsavedTextProperty().get())
                .isEqualTo("Chưa lưu: 1 hồ sơ còn thiếu thông tin hoặc sai ngày tháng.");
        d.procedureProperty().set("Đăng ký khai sinh");
        d.receivedProperty().set("10/02/2025 09:00");
        d.limitProperty().set("3");
        assertThat(d.dueProperty().get()).isEqualTo("13/02/2025");
        assertThat(d.standingProperty().get()).isEqualTo(DossierEntry.Standing.OVERDUE);
        assertThat(d.statusProperty().get()).isEqualTo("Quá hạn 14 ngày làm việc, chưa trả");
        assertThat(d.missingProperty().get()).isNull();
        assertThat(d.warningsProperty().get()).contains("phiếu xin lỗi");
        d.commit();
        assertThat(d.id()).isNotNull();
        assertThat(vm.dossiersTextProperty().get()).isEqualTo("1/1 hồ sơ quá hạn");
        assertThat(vm.overdueDossiers()).containsExactly("000.00.18.H26-250210-0007");
        assertThat(t.workspace.visitRecording().load(visit.id()).dossiers().get(0).dueDate())
                .isEqualTo(LocalDate.of(2025, 2, 13));
    }

    @Test
    void contradictoryDatesAreMarkedAtTheirFieldsAndNothingIsSaved() {
        DossierEntry d = vm.dossiers().add();
        d.codeProperty().set("HS-01");
        d.procedureProperty().set("Chứng thực chữ ký");
        d.receivedProperty().set("10/02/2025 09:00");
        d.limitProperty().set("3");
        d.returnedProperty().set("07/02/2025 10:00");
        assertThat(d.errorProperty(DossierInputField.RETURNED_AT).get())
                .isEqualTo("Ngày trả kết quả trước ngày giờ tiếp nhận.");
        assertThat(d.errorProperty(DossierInputField.RECEIVED_AT).get())
                .isEqualTo("Ngày trả kết quả trước ngày giờ tiếp nhận.");
        assertThat(d.invalidProperty().get()).isTrue();
        assertThat(d.standingProperty().get()).as("no verdict on contradicting dates")
                .isEqualTo(DossierEntry.Standing.UNKNOWN);
        d.returnedProperty().set("");
        d.limitProperty().set("-3");
        assertThat(d.errorProperty(DossierInputField.LIMIT_DAYS).get()).isEqualTo("Thời hạn giải quyết không được âm: -3");
        d.limitProperty().set("ba");
        assertThat(d.errorProperty(DossierInputField.LIMIT_DAYS).get()).isEqualTo("Nhập số ngày là số nguyên, ví dụ 3.");
        d.receivedProperty().set("10/02/2025");
        assertThat(d.errorProperty(DossierInputField.RECEIVED_AT).get()).startsWith("Nhập ngày giờ dạng");
        d.commit();
        t.scheduler.advance(Autosaver.IDLE);
        assertThat(t.workspace.stats().counts().get("dossiers")).isZero();
        assertThat(d.receivedProperty().get()).isEqualTo("10/02/2025");
        d.receivedProperty().set("10/2/2025 9h");
        d.limitProperty().set("3");
        d.returnedProperty().set("12/02/2025 16:00");
        assertThat(d.errorProperty(DossierInputField.RECEIVED_AT).get()).isNull();
        assertThat(d.standingProperty().get()).isEqualTo(DossierEntry.Standing.ON_TIME);
        d.commit();
        assertThat(t.workspace.stats().counts().get("dossiers")).isEqualTo(1);
    }

    @Test
    void theStartTimeIsSavedAfterTypingAndABadOneIsKeptButNotSaved() {
        long opened = vm.openedProperty().get();
        vm.startTextProperty().set("05/03/2025 8:1");
        vm.startTextProperty().set("05/03/2025 08:15");
        t.scheduler.advance(Autosaver.IDLE);
        assertThat(t.workspace.visits().resolve(visit.id()).startedAt()).isEqualTo(LocalDateTime.of(2025, 3, 5, 8, 15));
        assertThat(vm.openedProperty().get()).as("saving the start does not reopen the tabs").isEqualTo(opened);
        vm.startTextProperty().set("hôm nay");
        vm.commitStart();
        assertThat(vm.startErrorProperty().get()).startsWith("Nhập ngày giờ dạng");
        assertThat(vm.startTextProperty().get()).isEqualTo("hôm nay");
        assertThat(t.workspace.visits().resolve(visit.id()).startedAt()).isEqualTo(LocalDateTime.of(2025, 3, 5, 8, 15));
    }

    @Test
    void movingTheStartToAnotherDayJudgesTheDossiersAsOfThatDay() {
        DossierEntry d = vm.dossiers().add();
        d.codeProperty().set("HS-9");
        d.procedureProperty().set("Chứng thực chữ ký");
        d.receivedProperty().set("03/03/2025 09:00");
        d.limitProperty().set("1");
        assertThat(d.standingProperty().get()).isEqualTo(DossierEntry.Standing.OVERDUE);
        vm.startTextProperty().set("04/03/2025 08:00");
        vm.commitStart();
        assertThat(vm.dateTextProperty().get()).isEqualTo("04/03/2025");
        assertThat(d.standingProperty().get()).isEqualTo(DossierEntry.Standing.PENDING);
    }

    @Test
    void aFinalisedVisitIsShownReadOnly() {
        t.workspace.db().write(c -> t.workspace.visitRepository().update(c, new Visit(visit.id(), null, null,
                visit.unitId(), null, visit.templateId(), visit.visitDate(), visit.startedAt(),
                visit.startedAt().plusHours(1), true, null, null, VisitStatus.FINALISED, null, 0)));
        vm.open(visit.id());
        assertThat(vm.readOnlyProperty().get()).isTrue();
        criterion("1.1").verdictKey("1");
        assertThat(criterion("1.1").resultProperty().get()).isNull();
        assertThat(vm.officials().add()).isNull();
        assertThat(t.saveStatus.failureProperty().get()).isNull();
    }

    @Test
    void reopeningShowsWhatWasSaved() {
        criterion("1.1").verdictKey("1");
        criterion("3.1").value1Property().set("10");
        criterion("3.1").value2Property().set("2");
        criterion("3.1").commit();
        OfficialEntry o = vm.officials().add();
        o.fullNameProperty().set("Đỗ Minh Tuấn");
        o.commit();
        VisitWorkspaceViewModel again = new VisitWorkspaceViewModel(t.ctx);
        again.open(visit.id());
        CriterionEntry c = again.checklist().entries().stream().filter(e -> e.criterion().code().equals("3.1"))
                .findFirst().orElseThrow();
        assertThat(c.value1Property().get()).isEqualTo("10");
        assertThat(c.value2Property().get()).isEqualTo("2");
        assertThat(again.checklist().answeredProperty().get()).isEqualTo(1);
        assertThat(again.officials().entries()).extracting(e -> e.fullNameProperty().get())
                .containsExactly("Đỗ Minh Tuấn");
    }
}
