package vn.congvu.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.TemplateStatus;
import vn.congvu.domain.Visit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateDraftTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private ChecklistTemplate v1;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("t.db"), true,
                Clock.fixed(Instant.parse("2025-12-01T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        v1 = ws.templates().current().orElseThrow();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static String key(AppException e) {
        return e.key();
    }

    @Test
    void aDraftCopiesTheVersionAndIsNotUsedByNewVisits() {
        TemplateService.TemplateContent draft = ws.templates().draftFrom(v1.id());
        assertThat(draft.template().version()).isEqualTo(2);
        assertThat(draft.template().status()).isEqualTo(TemplateStatus.DRAFT);
        assertThat(draft.criteria()).extracting(Criterion::code)
                .containsExactlyElementsOf(ws.templates().content(v1.id()).criteria().stream().map(Criterion::code).toList());
        assertThat(ws.templates().current().orElseThrow().id()).isEqualTo(v1.id());
    }

    @Test
    void editingADraftThenPuttingItIntoUseRetiresTheOldVersionButVisitsKeepTheirs() {
        Visit old = ws.visits().start(new StartVisitRequest(ws.units().list("ba dinh").get(0).id(), null, null,
                LocalDateTime.of(2025, 11, 20, 8, 0), true, null, List.of(), List.of()));
        TemplateService.TemplateContent draft = ws.templates().draftFrom(v1.id());
        ws.templates().updateHeader(draft.template().id(), "Bộ tiêu chí năm 2026", 2026);
        ChecklistGroup g9 = ws.templates().saveGroup(new ChecklistGroup(null, draft.template().id(), "9",
                "Chuyển đổi số", 9, 0));
        ws.templates().saveCriterion(new Criterion(null, draft.template().id(), g9.id(), "9.1",
                "Có máy tra cứu thủ tục cho người dân", AnswerType.PASS_FAIL, List.of(), List.of(), true, "7", 1, null,
                1, 0));
        Criterion c11 = ws.templates().content(draft.template().id()).criteria().get(0);
        ws.templates().saveCriterion(new Criterion(c11.id(), c11.templateId(), c11.groupId(), c11.code(),
                "Có mặt đúng giờ (sửa năm 2026)", c11.answerType(), c11.valueLabels(), c11.choices(),
                c11.photoRequiredOnFail(), c11.parIndexCode(), c11.weight(), c11.guidance(), c11.sortOrder(), 0));

        ChecklistTemplate v2 = ws.templates().activate(draft.template().id());

        assertThat(v2.status()).isEqualTo(TemplateStatus.ACTIVE);
        assertThat(v2.year()).isEqualTo(2026);
        assertThat(ws.templates().current().orElseThrow().id()).isEqualTo(v2.id());
        assertThat(ws.templates().content(v1.id()).template().status()).isEqualTo(TemplateStatus.RETIRED);
        assertThat(ws.templates().content(v1.id()).criteria()).hasSize(18);
        assertThat(ws.templates().content(v2.id()).criteria()).hasSize(19);
        assertThat(ws.visits().resolve(old.id()).templateId()).isEqualTo(v1.id());
        assertThatThrownBy(() -> ws.templates().updateHeader(v2.id(), "x", 2026))
                .isInstanceOf(AppException.class).extracting(e -> key((AppException) e)).isEqualTo("error.template.notDraft");
    }

    @Test
    void aCriterionBrokenTheWayAnImportWouldRefuseIsRefusedAndNothingChanges() {
        TemplateService.TemplateContent draft = ws.templates().draftFrom(v1.id());
        Criterion first = draft.criteria().get(0);
        assertThatThrownBy(() -> ws.templates().saveCriterion(new Criterion(null, draft.template().id(), first.groupId(),
                "1.1", "Trùng mã", AnswerType.PASS_FAIL, List.of(), List.of(), false, null, 1, null, 9, 0)))
                .extracting(e -> key((AppException) e)).isEqualTo("error.checklist.codeDuplicate");
        assertThatThrownBy(() -> ws.templates().saveCriterion(new Criterion(null, draft.template().id(), first.groupId(),
                "1.9", "Lựa chọn thiếu phương án", AnswerType.CHOICE, List.of(), List.of("Có"), false, null, 1, null,
                9, 0))).extracting(e -> key((AppException) e)).isEqualTo("error.checklist.choicesMissing");
        assertThatThrownBy(() -> ws.templates().deleteGroup(draft.template().id(), first.groupId()))
                .extracting(e -> key((AppException) e)).isEqualTo("error.checklist.groupNotEmpty");
        assertThat(ws.templates().content(draft.template().id()).criteria()).hasSize(18);
    }

    @Test
    void anEmptyGroupStopsADraftFromGoingIntoUse() {
        TemplateService.TemplateContent draft = ws.templates().draftFrom(v1.id());
        ws.templates().saveGroup(new ChecklistGroup(null, draft.template().id(), "10", "Nhóm trống", 10, 0));
        assertThatThrownBy(() -> ws.templates().activate(draft.template().id()))
                .extracting(e -> key((AppException) e)).isEqualTo("error.checklist.groupEmpty");
        assertThat(ws.templates().current().orElseThrow().id()).isEqualTo(v1.id());
    }

    @Test
    void anExportedVersionImportsBackAsAnIdenticalDraft() {
        Path xlsx = dir.resolve("bo-tieu-chi.xlsx");
        ws.templates().exportXlsx(v1.id(), xlsx, new Messages(Messages.VIETNAMESE));
        var groups = ws.templates().readFile(xlsx);
        TemplateService.TemplateContent draft = ws.templates().importAsDraft(groups);
        assertThat(TemplateService.drafts(draft)).isEqualTo(TemplateService.drafts(ws.templates().content(v1.id())));
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("bo-tieu-chi.xlsx", "t.db", "t.db-shm", "t.db-wal");
    }

    @Test
    void discardingADraftLeavesTheOtherVersions() {
        TemplateService.TemplateContent draft = ws.templates().draftFrom(v1.id());
        ws.templates().discardDraft(draft.template().id());
        assertThat(ws.templates().versions()).extracting(ChecklistTemplate::id).containsExactly(v1.id());
    }
}
