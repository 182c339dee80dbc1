package vn.congvu.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.imports.ChecklistImport;
import vn.congvu.domain.Answer;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Result;
import vn.congvu.domain.Unit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.store.Table;
import vn.congvu.testing.AuditEntries;
import vn.congvu.testing.Records;
import vn.congvu.testing.TestWorkspace;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class VisitServiceTest {

    private static final String VISIT = "0195b000-1111-7000-8000-000000000001";
    private static final String TWIN_A = "0195c000-aaaa-7000-8000-000000000002";
    private static final String TWIN_B = "0195c000-bbbb-7000-8000-000000000003";

    @TempDir
    Path dir;

    private TestWorkspace t;
    private VisitService visits;
    private String unitId;
    private ChecklistTemplate template;

    @BeforeEach
    void open() {
        t = TestWorkspace.open(dir);
        visits = t.ws().visits();
        unitId = WorkspaceSeedingTest.unitByCode(t.ws(), "00235").id();
        template = t.ws().templates().current().orElseThrow();
        t.scenario().visit(Records.visit(VISIT, unitId, template.id(), VisitStatus.IN_PROGRESS));
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Criterion criterion(String templateId, String code) {
        Optional<Criterion> found = t.ws().db().read(c -> t.ws().templateRepository().findCriterionByCode(c,
                templateId, code));
        return found.orElseThrow();
    }

    private Optional<Answer> stored(String visitId, String criterionId) {
        return t.ws().db().read(c -> t.ws().answerRepository().find(c, visitId, criterionId));
    }

    @Test
    void answerByFullIdCreatesTheAnswer() {
        Answer saved = visits.answer(VISIT, "1.3", Result.FAIL, "Một công chức làm việc riêng");

        Criterion criterion = criterion(template.id(), "1.3");
        assertThat(saved).isEqualTo(new Answer(saved.id(), VISIT, criterion.id(), Result.FAIL, null, null, null,
                "Một công chức làm việc riêng", null, 1));
        assertThat(stored(VISIT, criterion.id())).contains(saved);
    }

    @Test
    void answerByAUniqueEightCharacterPrefix() {
        Answer saved = visits.answer("0195b000", " 1.3 ", Result.PASS, null);
        assertThat(saved.visitId()).isEqualTo(VISIT);
        assertThat(visits.resolve("0195b000").id()).isEqualTo(VISIT);
    }

    @Test
    void ambiguousPrefixIsRefused() {
        t.scenario().visit(Records.visit(TWIN_A, unitId, template.id(), VisitStatus.IN_PROGRESS));
        t.scenario().visit(Records.visit(TWIN_B, unitId, template.id(), VisitStatus.IN_PROGRESS));

        assertThatThrownBy(() -> visits.answer("0195c000", "1.3", Result.PASS, null))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.visit.ambiguous");
                    assertThat(e.args()).containsExactly("0195c000");
                });
        assertThat(visits.answer("0195c000-b", "1.3", Result.PASS, null).visitId()).isEqualTo(TWIN_B);
    }

    @Test
    void unknownShortOrDeletedVisitIsNotFound() {
        assertThatThrownBy(() -> visits.answer("0195ffff", "1.3", Result.PASS, null))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("error.visit.notFound"));
        assertThatThrownBy(() -> visits.answer("0195b", "1.3", Result.PASS, null))
                .as("fewer than six characters").isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.key()).isEqualTo("error.visit.notFound"));

        t.ws().db().write(c -> t.ws().writer().delete(c, Table.VISITS, VISIT));
        assertThatThrownBy(() -> visits.answer(VISIT, "1.3", Result.PASS, null))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("error.visit.notFound"));
    }

    @Test
    void criterionIsResolvedWithinTheVisitsTemplate() {
        ChecklistTemplate next = t.ws().templates().createVersion("CCHC-MC", "Bộ tiêu chí 2026", 2026, List.of(
                new ChecklistImport.GroupDraft("1", "Kỷ luật", List.of(new ChecklistImport.CriterionDraft("1.3",
                        "Không bỏ vị trí", AnswerType.PASS_FAIL, List.of(), List.of(), false, null, 1, null)))), true);
        String newVisit = t.scenario().visit(unitId, next.id());

        Answer onOld = visits.answer(VISIT, "1.3", Result.FAIL, null);
        Answer onNew = visits.answer(newVisit, "1.3", Result.PASS, null);

        assertThat(onOld.criterionId()).isEqualTo(criterion(template.id(), "1.3").id());
        assertThat(onNew.criterionId()).isEqualTo(criterion(next.id(), "1.3").id());
        assertThat(onNew.criterionId()).isNotEqualTo(onOld.criterionId());
        assertThatThrownBy(() -> visits.answer(newVisit, "1.4", Result.PASS, null))
                .as("1.4 is only in the old version").isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.criterion.notFound");
                    assertThat(e.args()).containsExactly("1.4");
                });
    }

    @Test
    void finalisedVisitIsRefusedAndNothingIsWritten() {
        String finalised = t.scenario().visit(Records.visit(null, unitId, template.id(), VisitStatus.FINALISED));
        long audit = AuditEntries.count(t.ws().db());

        assertThatThrownBy(() -> visits.answer(finalised, "1.3", Result.FAIL, "sửa sau khi chốt"))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("error.visit.finalised"));
        assertThat(stored(finalised, criterion(template.id(), "1.3").id())).isEmpty();
        assertThat(AuditEntries.count(t.ws().db())).isEqualTo(audit);
    }

    @Test
    void nullNoteKeepsTheNoteAndEachChangeBumpsTheRevisionByOne() {
        Answer first = visits.answer(VISIT, "1.3", Result.FAIL, "Một công chức làm việc riêng");

        Answer second = visits.answer(VISIT, "1.3", Result.PASS, null);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.note()).isEqualTo("Một công chức làm việc riêng");
        assertThat(stored(VISIT, first.criterionId())).map(Answer::note).contains("Một công chức làm việc riêng");

        Answer cleared = visits.answer(VISIT, "1.3", Result.PASS, "  ");
        assertThat(cleared.revision()).isEqualTo(3);
        assertThat(stored(VISIT, first.criterionId())).map(Answer::note).isEmpty();
    }

    @Test
    void sameAnswerAgainWritesNothing() {
        Answer first = visits.answer(VISIT, "1.3", Result.FAIL, "Làm việc riêng");
        long audit = AuditEntries.count(t.ws().db());

        Answer again = visits.answer(VISIT, "1.3", Result.FAIL, null);

        assertThat(again.revision()).isEqualTo(first.revision());
        assertThat(AuditEntries.count(t.ws().db())).isEqualTo(audit);
    }

    @Test
    void auditRowsOfAnAnswerCarryTheVisit() {
        Answer first = visits.answer(VISIT, "1.3", Result.FAIL, "Làm việc riêng");
        t.clock().advance(Duration.ofMinutes(2));
        visits.answer(VISIT, "1.3", Result.PASS, "Đã trở lại vị trí");

        List<AuditEntries.Entry> audit = AuditEntries.of(t.ws().db(), first.id());
        assertThat(audit).extracting(AuditEntries.Entry::action, AuditEntries.Entry::visitId, AuditEntries.Entry::revision)
                .containsExactly(tuple("CREATE", VISIT, 1L),
                        tuple("UPDATE", VISIT, 2L));
        assertThat(audit.get(1).changes().get("note").get(1).asText()).isEqualTo("Đã trở lại vị trí");
        assertThat(audit.get(1).changes().get("result").get(0).asText()).isEqualTo("FAIL");
        assertThat(audit.get(1).author()).isEqualTo(t.ws().actor().author());
        assertThat(audit.get(1).at()).isEqualTo("2025-03-10T02:02:00.000Z");
    }

    @Test
    void listShowsLiveVisitsWithTheUnitsDocumentName() {
        List<VisitService.VisitRow> rows = visits.list(null);
        Unit unit = t.ws().units().find(unitId).orElseThrow();
        assertThat(rows).containsExactly(new VisitService.VisitRow(VISIT, null, unitId, "Phường " + unit.name(),
                Records.VISIT_DAY, VisitStatus.IN_PROGRESS));
        assertThat(visits.list("0195a000-0000-7000-8000-000000000000")).isEmpty();
    }
}
