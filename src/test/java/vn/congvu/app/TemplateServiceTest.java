package vn.congvu.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.imports.ChecklistImport.CriterionDraft;
import vn.congvu.app.imports.ChecklistImport.GroupDraft;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.TemplateStatus;
import vn.congvu.testing.TestWorkspace;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class TemplateServiceTest {

    private static final List<GroupDraft> GROUPS = List.of(
            new GroupDraft("1", "Kỷ luật, kỷ cương", List.of(
                    new CriterionDraft("1.1", "Có mặt đúng giờ", AnswerType.COUNT, List.of("Phân công", "Có mặt"),
                            List.of(), false, "5", 1, null),
                    new CriterionDraft("1.2", "Đeo thẻ", AnswerType.PASS_FAIL, List.of(), List.of(), true, "5", 2,
                            "Chụp ảnh"))),
            new GroupDraft("2", "Cơ sở vật chất", List.of(
                    new CriterionDraft("2.1", "Có máy lấy số", AnswerType.PASS_FAIL, List.of(), List.of(), false, null,
                            1, null))));

    @TempDir
    Path dir;

    private TestWorkspace t;
    private TemplateService templates;

    @BeforeEach
    void open() {
        t = TestWorkspace.open(dir);
        templates = t.ws().templates();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void activatedNewVersionRetiresThePreviousOne() {
        ChecklistTemplate seeded = templates.current().orElseThrow();

        ChecklistTemplate next = templates.createVersion("CCHC-MC", "Bộ tiêu chí 2026", 2026, GROUPS, true);

        assertThat(next.version()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(TemplateStatus.ACTIVE);
        assertThat(next.basedOnId()).isEqualTo(seeded.id());
        assertThat(templates.current()).contains(next);
        assertThat(templates.versions()).extracting(ChecklistTemplate::version, ChecklistTemplate::status)
                .containsExactly(tuple(2, TemplateStatus.ACTIVE),
                        tuple(1, TemplateStatus.RETIRED));
    }

    @Test
    void newVersionKeepsItsGroupsAndCriteriaInOrder() {
        ChecklistTemplate next = templates.createVersion("CCHC-MC", "Bộ tiêu chí 2026", 2026, GROUPS, true);

        TemplateService.TemplateContent content = templates.content(next.id());

        assertThat(content.groups()).extracting(g -> g.code() + " " + g.title() + " " + g.sortOrder())
                .containsExactly("1 Kỷ luật, kỷ cương 1", "2 Cơ sở vật chất 2");
        assertThat(content.criteria()).extracting(Criterion::code).containsExactly("1.1", "1.2", "2.1");
        assertThat(content.criteria().get(1)).satisfies(cr -> {
            assertThat(cr.photoRequiredOnFail()).isTrue();
            assertThat(cr.weight()).isEqualTo(2.0);
            assertThat(cr.guidance()).isEqualTo("Chụp ảnh");
            assertThat(cr.sortOrder()).isEqualTo(2);
        });
        assertThat(templates.content(templates.versions().get(1).id()).criteria()).hasSize(18);
    }

    @Test
    void draftVersionLeavesTheActiveOneInPlace() {
        ChecklistTemplate seeded = templates.current().orElseThrow();

        ChecklistTemplate draft = templates.createVersion("CCHC-MC", "Nháp 2026", 2026, GROUPS, false);

        assertThat(draft.status()).isEqualTo(TemplateStatus.DRAFT);
        assertThat(templates.current()).contains(seeded);
    }

    @Test
    void emptyTemplateIsRefused() {
        assertThatThrownBy(() -> templates.createVersion("CCHC-MC", "Rỗng", 2026, List.of(), true))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("error.import.noRows"));
        assertThat(templates.versions()).hasSize(1);
    }

    @Test
    void unknownTemplateIsAnAppError() {
        assertThatThrownBy(() -> templates.content("0195a1b2-0000-7000-8000-000000000000"))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.key()).isEqualTo("error.template.notFound"));
    }
}
