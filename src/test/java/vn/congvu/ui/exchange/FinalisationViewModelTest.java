package vn.congvu.ui.exchange;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.StartVisitRequest;
import vn.congvu.app.backup.BackupReason;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.testing.TestVisits;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.visit.VisitWorkspaceViewModel;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FinalisationViewModelTest {

    @TempDir
    Path dir;

    private UiTestContext t;
    private Visit visit;
    private VisitWorkspaceViewModel workspace;
    private FinalisationViewModel vm;
    private final List<String> reloaded = new ArrayList<>();

    @BeforeEach
    void open() {
        t = new UiTestContext(dir);
        Unit ward = t.workspace.units().list("khuong dinh").get(0);
        visit = t.workspace.visits().start(new StartVisitRequest(ward.id(), null, null,
                LocalDateTime.of(2025, 3, 5, 8, 40), true, null,
                List.of(new StartVisitRequest.Inspector(null, "Trần Văn Minh", TeamRole.LEAD, true)),
                List.of(new StartVisitRequest.Representative("Phạm Quốc Huy", "Phó Chủ tịch UBND phường"))));
        workspace = new VisitWorkspaceViewModel(t.ctx);
        vm = new FinalisationViewModel(t.ctx, id -> {
            reloaded.add(id);
            workspace.open(id);
        });
        workspace.recordProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.show(r);
            }
        });
        workspace.open(visit.id());
    }

    @AfterEach
    void close() {
        t.close();
    }

    private void endVisit() {
        t.workspace.visits().answer(visit.id(), "1.1", vn.congvu.domain.Result.FAIL, "Không niêm yết");
        TestVisits.signOff(t.workspace, visit.id(), LocalDateTime.of(2025, 3, 5, 10, 0));
        workspace.open(visit.id());
    }

    private VisitStatus stored() {
        return t.workspace.visits().resolve(visit.id()).status();
    }

    @Test
    void aVisitStillBeingRecordedIsNotFinalisedAndTheUserIsToldWhy() {
        vm.finalise();

        assertThat(t.dialogs.errors).singleElement().asString().contains("chưa kết thúc");
        assertThat(stored()).isEqualTo(VisitStatus.IN_PROGRESS);
        assertThat(vm.finalisedProperty().get()).isFalse();
    }

    @Test
    void endedMinutesNobodySignedAreNotFinalisedAndTheServiceSaysWhoIsMissing() {
        t.workspace.signoff().complete(visit.id(), LocalDateTime.of(2025, 3, 5, 10, 0));
        workspace.open(visit.id());

        vm.finalise();

        assertThat(t.dialogs.errors).singleElement().asString().contains("Trưởng đoàn chưa ký");
        assertThat(stored()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(vm.finalisedProperty().get()).isFalse();
        assertThat(workspace.readOnlyProperty().get()).isFalse();
    }

    @Test
    void finalisingAsksFirstAndNothingHappensWhenTheUserSaysNo() {
        endVisit();
        t.dialogs.confirmAnswers.add(false);

        vm.finalise();

        assertThat(stored()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(workspace.readOnlyProperty().get()).isFalse();
        assertThat(t.workspace.finalisation().versions(visit.id())).isEmpty();
    }

    @Test
    void finalisingLocksTheVisitShowsTheShortHashAndTakesABackup() {
        endVisit();

        vm.finalise();

        assertThat(stored()).isEqualTo(VisitStatus.FINALISED);
        assertThat(reloaded).containsExactly(visit.id());
        assertThat(workspace.readOnlyProperty().get()).isTrue();
        var first = workspace.checklist().entries().get(0);
        first.verdictKey("1");
        assertThat(first.resultProperty().get()).as("a locked checklist ignores a verdict")
                .isEqualTo(vn.congvu.domain.Result.FAIL);
        String hash = t.workspace.finalisation().finalisedHash(visit.id()).orElseThrow();
        assertThat(vm.shortHashProperty().get()).isEqualTo(FinalisationServiceShort.of(hash))
                .matches("[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}");
        assertThat(vm.finalisedProperty().get()).isTrue();
        assertThat(t.workspace.backups().list()).anyMatch(b -> b.manifest().map(m -> m.reason() == BackupReason.FINALISED).orElse(false));
    }

    @Test
    void reopeningNeedsAReasonAndThenUnlocksTheVisitKeepingTheVersion() {
        endVisit();
        vm.finalise();

        assertThat(vm.reopen("   ")).isFalse();
        assertThat(vm.reasonErrorProperty().get()).isEqualTo("Cần nêu lý do mở lại cuộc kiểm tra.");
        assertThat(stored()).isEqualTo(VisitStatus.FINALISED);

        assertThat(vm.reopen("Đơn vị bổ sung hồ sơ")).isTrue();

        assertThat(stored()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(workspace.readOnlyProperty().get()).isFalse();
        assertThat(vm.finalisedProperty().get()).isFalse();
        assertThat(vm.shortHashProperty().get()).isNull();
        vm.loadVersions();
        assertThat(vm.versions()).singleElement().satisfies(v -> {
            assertThat(v.reopenReason()).isEqualTo("Đơn vị bổ sung hồ sơ");
            assertThat(VersionText.of(t.ctx.messages(), v.content())).contains("Phường Khương Đình",
                    "Trần Văn Minh – Trưởng đoàn", "Phạm Quốc Huy – Phó Chủ tịch UBND phường", "Kết quả theo tiêu chí",
                    "05/03/2025 08:40", "• 1.1: Không đạt · Không niêm yết", "Cán bộ tại quầy\n—")
                    .doesNotContain("{\"", "\u0000");
        });

        vm.finalise();
        vm.loadVersions();
        assertThat(vm.versions()).extracting(v -> v.versionNo()).containsExactly(2, 1);
    }

    /** The footer's form of a hash, as the service gives it. */
    private static final class FinalisationServiceShort {
        static String of(String hash) {
            return vn.congvu.app.exchange.FinalisationService.shortHash(hash);
        }
    }
}
