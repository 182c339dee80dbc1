package vn.congvu.ui.templates;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.TemplateService;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.TemplateStatus;
import vn.congvu.domain.Visit;
import vn.congvu.testing.TestVisits;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.common.Autosaver;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesViewModelTest {

    @TempDir
    Path dir;

    private UiTestContext t;
    private TemplatesViewModel vm;
    private ChecklistTemplate v1;

    @BeforeEach
    void open() {
        t = new UiTestContext(dir);
        v1 = t.workspace.templates().current().orElseThrow();
        vm = new TemplatesViewModel(t.ctx);
        vm.refresh(null);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Criterion first(TemplateService.TemplateContent c) {
        return c.criteria().stream().filter(x -> x.code().equals("1.1")).findFirst().orElseThrow();
    }

    @Test
    void theVersionInUseIsShownAndCannotBeEdited() {
        assertThat(vm.contentProperty().get().template().id()).isEqualTo(v1.id());
        assertThat(vm.editableProperty().get()).isFalse();

        vm.select(first(vm.contentProperty().get()));
        vm.textProperty().set("Sửa thẳng vào phiên bản đang dùng");
        t.scheduler.advance(Autosaver.IDLE);

        assertThat(first(t.workspace.templates().content(v1.id())).text()).isNotEqualTo("Sửa thẳng vào phiên bản đang dùng");
    }

    @Test
    void anEditedDraftBecomesANewVersionWhileAnOldVisitKeepsItsOwn() {
        Visit old = TestVisits.start(t.workspace);
        String oldText = first(t.workspace.templates().content(v1.id())).text();

        vm.newDraft();
        TemplateService.TemplateContent draft = vm.contentProperty().get();
        assertThat(draft.template().version()).isEqualTo(2);
        assertThat(draft.template().status()).isEqualTo(TemplateStatus.DRAFT);
        assertThat(vm.editableProperty().get()).isTrue();
        assertThat(vm.versions()).hasSize(2);

        vm.select(first(draft));
        vm.textProperty().set("Có mặt đúng giờ, ký sổ theo dõi (sửa năm 2026)");
        t.scheduler.advance(Autosaver.IDLE);
        assertThat(first(t.workspace.templates().content(draft.template().id())).text())
                .isEqualTo("Có mặt đúng giờ, ký sổ theo dõi (sửa năm 2026)");

        t.dialogs.confirmAnswers.add(true);
        vm.activate();

        ChecklistTemplate v2 = t.workspace.templates().current().orElseThrow();
        assertThat(v2.id()).isEqualTo(draft.template().id());
        assertThat(vm.contentProperty().get().template().status()).isEqualTo(TemplateStatus.ACTIVE);
        assertThat(t.workspace.templates().content(v1.id()).template().status()).isEqualTo(TemplateStatus.RETIRED);
        // the visit made before keeps the version it was made with, and its wording
        assertThat(t.workspace.visits().resolve(old.id()).templateId()).isEqualTo(v1.id());
        assertThat(first(t.workspace.templates().content(v1.id())).text()).isEqualTo(oldText);
        // a visit made now uses the new one
        Visit now = TestVisits.start(t.workspace, TestVisits.START.plusDays(1));
        assertThat(t.workspace.visits().resolve(now.id()).templateId()).isEqualTo(v2.id());
    }

    @Test
    void aWeightThatIsNotANumberIsSaidAndNotSaved() {
        vm.newDraft();
        TemplateService.TemplateContent draft = vm.contentProperty().get();
        Criterion c = first(draft);
        vm.select(c);
        vm.weightProperty().set("hai");
        vm.commitItem();

        assertThat(vm.editorErrorProperty().get()).isEqualTo("trọng số không hợp lệ: hai");
        assertThat(first(t.workspace.templates().content(draft.template().id())).weight()).isEqualTo(c.weight());

        vm.weightProperty().set("2,5");
        vm.commitItem();
        assertThat(vm.editorErrorProperty().get()).isNull();
        assertThat(first(t.workspace.templates().content(draft.template().id())).weight()).isEqualTo(2.5);
    }

    @Test
    void aDiscardedDraftIsGoneAndTheVersionInUseIsShownAgain() {
        vm.newDraft();
        String draftId = vm.contentProperty().get().template().id();
        t.dialogs.confirmAnswers.add(true);
        vm.discard();

        assertThat(vm.versions()).extracting(r -> r.template().id()).doesNotContain(draftId);
        assertThat(vm.contentProperty().get().template().id()).isEqualTo(v1.id());
    }

    @Test
    void aGroupAndACriterionAddedToTheDraftAreStoredInIt() {
        vm.newDraft();
        String draftId = vm.contentProperty().get().template().id();
        int before = vm.contentProperty().get().criteria().size();
        vm.addGroup();
        vm.addCriterion();

        TemplateService.TemplateContent stored = t.workspace.templates().content(draftId);
        assertThat(stored.criteria()).hasSize(before + 1);
        assertThat(stored.groups()).hasSize(9);
        assertThat(vm.selectionProperty().get()).isInstanceOf(Criterion.class);
        assertThat(t.workspace.templates().content(v1.id()).criteria()).hasSize(before);
    }
}
