package vn.congvu.app.visit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppException;
import vn.congvu.app.StartVisitRequest;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Answer;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.Official;
import vn.congvu.domain.Result;
import vn.congvu.domain.Severity;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.domain.scoring.VisitScore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitRecordingServiceTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private VisitRecordingService service;
    private Visit visit;
    private Map<String, Criterion> criteria;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("r.db"), true,
                Clock.fixed(Instant.parse("2025-03-05T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        service = ws.visitRecording();
        Unit ward = ws.units().list("khuong dinh").get(0);
        visit = ws.visits().start(new StartVisitRequest(ward.id(), null, null, LocalDateTime.of(2025, 3, 5, 8, 40),
                true, null, List.of(new StartVisitRequest.Inspector(null, "Trần Văn Minh", TeamRole.LEAD, true)),
                List.of(new StartVisitRequest.Representative("Phạm Quốc Huy", "Phó Chủ tịch"))));
        criteria = new java.util.HashMap<>();
        service.load(visit.id()).criteria().forEach(c -> criteria.put(c.code(), c));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private long count(String table) {
        return ws.stats().counts().get(table);
    }

    private static String keyOf(Throwable t) {
        return ((AppException) t).key();
    }

    @Test
    void loadingAVisitReadsItsChecklistVersionPeopleAndRules() {
        VisitRecord r = service.load(visit.id());
        assertThat(r.unitName()).isEqualTo("Phường Khương Đình");
        assertThat(r.template().id()).isEqualTo(visit.templateId());
        assertThat(r.criteria()).hasSize(18);
        assertThat(r.groups()).hasSize(8);
        assertThat(r.inspectors()).extracting(i -> i.fullName()).containsExactly("Trần Văn Minh");
        assertThat(r.representatives()).extracting(p -> p.fullName()).containsExactly("Phạm Quốc Huy");
        assertThat(r.history().isEmpty()).isTrue();
        assertThat(r.dossierRules()).isNotNull();
    }

    @Test
    void anAnswerKeepsItsValuesChoiceNoteAndSeverity() {
        Answer a = service.saveAnswer(visit.id(), criteria.get("3.1").id(),
                new AnswerInput(Result.FAIL, 12.0, 3.0, null, "Ba thủ tục hết hiệu lực", Severity.MAJOR));
        assertThat(a.revision()).isEqualTo(1);
        Answer c = service.saveAnswer(visit.id(), criteria.get("1.4").id(),
                new AnswerInput(Result.PASS, null, null, "Tốt", null, null));
        Answer again = service.saveAnswer(visit.id(), criteria.get("3.1").id(),
                new AnswerInput(Result.FAIL, 12.0, 4.0, null, "Bốn thủ tục hết hiệu lực", Severity.MAJOR));

        List<Answer> stored = service.load(visit.id()).answers();
        assertThat(stored).hasSize(2);
        Answer s = stored.stream().filter(x -> x.id().equals(a.id())).findFirst().orElseThrow();
        assertThat(s.value2()).isEqualTo(4.0);
        assertThat(s.severity()).isEqualTo(Severity.MAJOR);
        assertThat(again.revision()).isEqualTo(2);
        assertThat(c.choice()).isEqualTo("Tốt");
    }

    @Test
    void badAnswersAreRefusedWithTheirReasonAndNothingIsWritten() {
        String count = criteria.get("3.1").id();
        String percent = criteria.get("6.1").id();
        String choice = criteria.get("1.4").id();
        String passFail = criteria.get("1.2").id();
        assertThatThrownBy(() -> service.saveAnswer(visit.id(), count, new AnswerInput(null, -1.0, null, null, null,
                null))).satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.answer.countInvalid"));
        assertThatThrownBy(() -> service.saveAnswer(visit.id(), count, new AnswerInput(null, 2.5, null, null, null,
                null))).satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.answer.countInvalid"));
        assertThatThrownBy(() -> service.saveAnswer(visit.id(), count, new AnswerInput(Result.FAIL, 5.0, 7.0, null,
                null, null))).satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.answer.partExceedsWhole"));
        assertThatThrownBy(() -> service.saveAnswer(visit.id(), percent, new AnswerInput(null, 101.0, null, null,
                null, null))).satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.answer.percentInvalid"));
        assertThatThrownBy(() -> service.saveAnswer(visit.id(), choice, new AnswerInput(null, null, null, "Rất tốt",
                null, null))).satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.answer.choiceUnknown"));
        assertThatThrownBy(() -> service.saveAnswer(visit.id(), passFail, new AnswerInput(Result.PASS, 1.0, null,
                null, null, null))).satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.answer.valueNotExpected"));
        assertThatThrownBy(() -> service.saveAnswer(visit.id(), passFail, new AnswerInput(Result.PASS, null, null,
                null, null, Severity.MINOR)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.answer.severityWithoutFailure"));
        assertThat(count("answers")).isZero();
    }

    @Test
    void aCriterionOfAnotherChecklistVersionIsRefused() {
        assertThatThrownBy(() -> service.saveAnswer(visit.id(), "no-such-criterion", AnswerInput.verdict(Result.PASS)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.criterion.notFound"));
        assertThatThrownBy(() -> service.saveAnswer("no-such-visit", criteria.get("1.2").id(),
                AnswerInput.verdict(Result.PASS)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.visit.notFound"));
        assertThat(count("answers")).isZero();
    }

    @Test
    void officialsAreAddedChangedAndDeleted() {
        Official o = service.saveOfficial(visit.id(), null, new OfficialInput("Nguyễn Thị Lan", "Công chức một cửa",
                false, true, true, Attitude.GOOD, null, 1));
        assertThat(o.id()).isNotNull();
        assertThat(o.hasViolation()).isTrue();
        Official changed = service.saveOfficial(visit.id(), o.id(), new OfficialInput("Nguyễn Thị Lan",
                "Công chức một cửa", true, true, true, Attitude.GOOD, "Đã đeo thẻ lại", 1));
        assertThat(changed.revision()).isEqualTo(2);
        assertThat(changed.hasViolation()).isFalse();
        service.deleteOfficial(visit.id(), o.id());
        assertThat(service.load(visit.id()).officials()).isEmpty();
    }

    @Test
    void anOfficialWithoutANameIsRefused() {
        assertThatThrownBy(() -> service.saveOfficial(visit.id(), null, new OfficialInput("  ", "Công chức", null,
                null, null, null, null, 1)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.official.nameMissing"));
        assertThatThrownBy(() -> service.saveOfficial(visit.id(), "someone-else", new OfficialInput("Lê Văn An", null,
                null, null, null, null, null, 1)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.official.notFound"));
        assertThat(count("officials")).isZero();
    }

    private static DossierInput dossier(LocalDateTime received, Integer limit, LocalDateTime returned) {
        return new DossierInput("000.00.18.H26-250203-0001", "Chứng thực bản sao từ bản chính", received, limit,
                LimitKind.WORKING_DAYS, returned, null, true, false, null, 1);
    }

    @Test
    void aDossierIsStoredWithTheDueDateOfTheWorkingDayRules() {
        // received Friday 24/01/2025 morning, 3 working days: Tết closes 27/01–31/01 (and the weekend)
        Dossier d = service.saveDossier(visit.id(), null, dossier(LocalDateTime.of(2025, 1, 24, 9, 0), 3, null));
        assertThat(d.dueDate()).isEqualTo(ws.calendar().dueDate(LocalDateTime.of(2025, 1, 24, 9, 0), 3,
                LimitKind.WORKING_DAYS));
        assertThat(d.dueDate()).isAfter(LocalDate.of(2025, 1, 31));
        Dossier returned = service.saveDossier(visit.id(), d.id(), dossier(LocalDateTime.of(2025, 1, 24, 9, 0), 3,
                LocalDateTime.of(2025, 2, 20, 10, 0)));
        assertThat(returned.returnedAt()).isEqualTo(LocalDateTime.of(2025, 2, 20, 10, 0));
        assertThat(returned.revision()).isEqualTo(2);
        assertThat(service.load(visit.id()).dossiers()).hasSize(1);
    }

    @Test
    void contradictoryDossiersAreRefusedAndNothingIsWritten() {
        LocalDateTime received = LocalDateTime.of(2025, 2, 3, 9, 0);
        assertThatThrownBy(() -> service.saveDossier(visit.id(), null, dossier(received, 3, received.minusDays(1))))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.dossier.returnedBeforeReceived"));
        assertThatThrownBy(() -> service.saveDossier(visit.id(), null, dossier(received, -2, null)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.due.NEGATIVE_LIMIT"));
        assertThatThrownBy(() -> service.saveDossier(visit.id(), null, dossier(received, 400, null)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.due.LIMIT_TOO_LARGE"));
        assertThatThrownBy(() -> service.saveDossier(visit.id(), null, dossier(received, null, null)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.dossier.limitMissing"));
        assertThatThrownBy(() -> service.saveDossier(visit.id(), null, dossier(null, 3, null)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.dossier.receivedMissing"));
        assertThatThrownBy(() -> service.saveDossier(visit.id(), null, dossier(LocalDateTime.of(2025, 3, 9, 9, 0), 3,
                null))).satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.dossier.receivedAfterVisit"));
        assertThatThrownBy(() -> service.saveDossier(visit.id(), null, new DossierInput(" ", "Thủ tục", received, 3,
                LimitKind.WORKING_DAYS, null, null, null, null, null, 1)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.dossier.codeMissing"));
        assertThat(count("dossiers")).isZero();
    }

    @Test
    void theRulesFlagADossierPastItsDueDateAsOverdueOnTheVisitDay() {
        DossierRules.Evaluation e = service.dossierRules().evaluate(
                dossier(LocalDateTime.of(2025, 2, 10, 9, 0), 3, null), visit.visitDate());
        assertThat(e.dueDate()).isEqualTo(LocalDate.of(2025, 2, 13));
        assertThat(e.timeliness().timeliness().isOverdue()).isTrue();
        assertThat(e.savable()).isTrue();
        assertThat(e.issues()).extracting(DossierIssue::key).containsExactly("warning.dossier.apologyNotRecorded");
    }

    @Test
    void theStartTimeMovesTheVisitDateAndCannotPassTheEnd() {
        Visit moved = service.setStartTime(visit.id(), LocalDateTime.of(2025, 3, 4, 14, 5));
        assertThat(moved.visitDate()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(moved.startedAt()).isEqualTo(LocalDateTime.of(2025, 3, 4, 14, 5));
        ws.db().write(c -> ws.visitRepository().update(c, new Visit(moved.id(), moved.planId(), moved.teamId(),
                moved.unitId(), moved.counterId(), moved.templateId(), moved.visitDate(), moved.startedAt(),
                LocalDateTime.of(2025, 3, 4, 16, 0), moved.surprise(), moved.place(), moved.minutesNumber(),
                moved.status(), moved.overallNote(), 0)));
        assertThatThrownBy(() -> service.setStartTime(visit.id(), LocalDateTime.of(2025, 3, 4, 17, 0)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.visit.startAfterEnd"));
        assertThat(service.load(visit.id()).visit().startedAt()).isEqualTo(LocalDateTime.of(2025, 3, 4, 14, 5));
    }

    @Test
    void aFinalisedVisitRefusesEveryEdit() {
        ws.db().write(c -> ws.visitRepository().update(c, new Visit(visit.id(), visit.planId(), visit.teamId(),
                visit.unitId(), visit.counterId(), visit.templateId(), visit.visitDate(), visit.startedAt(),
                visit.startedAt().plusHours(2), visit.surprise(), visit.place(), visit.minutesNumber(),
                vn.congvu.domain.VisitStatus.FINALISED, visit.overallNote(), 0)));
        assertThatThrownBy(() -> service.saveAnswer(visit.id(), criteria.get("1.2").id(),
                AnswerInput.verdict(Result.PASS))).satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.visit.finalised"));
        assertThatThrownBy(() -> service.saveOfficial(visit.id(), null, new OfficialInput("Lê Văn An", null, null,
                null, null, null, null, 1))).satisfies(e -> assertThat(keyOf(e)).isEqualTo("error.visit.finalised"));
        assertThat(count("answers")).isZero();
        assertThat(count("officials")).isZero();
    }

    @Test
    void theScoreCountsWhatWasSaved() {
        service.saveAnswer(visit.id(), criteria.get("1.2").id(), AnswerInput.verdict(Result.FAIL));
        service.saveAnswer(visit.id(), criteria.get("1.3").id(), AnswerInput.verdict(Result.PASS));
        service.saveOfficial(visit.id(), null, new OfficialInput("Nguyễn Thị Lan", null, false, null, null, null,
                null, 1));
        service.saveDossier(visit.id(), null, dossier(LocalDateTime.of(2025, 2, 10, 9, 0), 3, null));
        VisitRecord r = service.load(visit.id());
        VisitScore s = service.score(r.criteria(), r.groups(), r.answers(), r.officials(), r.dossiers(),
                r.visit().visitDate());
        assertThat(s.criteria().answered()).isEqualTo(2);
        assertThat(s.criteria().failed()).isEqualTo(1);
        assertThat(s.officials().withViolation()).isEqualTo(1);
        assertThat(s.dossiers().overdue()).isEqualTo(1);
    }

    @Test
    void evidenceLinkedToACriterionIsFound() {
        String crit = criteria.get("1.2").id();
        ws.db().write(c -> ws.evidenceRepository().insert(c, new vn.congvu.domain.Evidence(null, visit.id(),
                "evidence/a.jpg", "a.jpg", "image/jpeg", 10, "ab".repeat(32), null, 1, null, crit, null, null, 0)));
        assertThat(service.criteriaWithEvidence(visit.id())).containsExactly(crit);
    }
}
