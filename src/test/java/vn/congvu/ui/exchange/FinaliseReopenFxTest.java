package vn.congvu.ui.exchange;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.congvu.app.StartVisitRequest;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.testing.TestVisits;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.Place;
import vn.congvu.ui.common.ViewLoader;
import vn.congvu.ui.visit.VisitWorkspaceView;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visit workspace in a window: Chốt biên bản locks every tab and shows the short hash; Mở lại refuses
 * an empty reason, then with one unlocks the visit again; the finalised version stays readable.
 */
class FinaliseReopenFxTest {

    /** Editing controls of every tab: checklist, officials, dossiers, evidence, follow-up, sign-off, header. */
    private static final List<String> EDITING = List.of("#visitStart", "#verdict-1-1", "#addOfficialButton",
            "#addDossierButton", "#addButton", "#addSignerButton", "#fromVisitButton");

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private UiTestContext t;
    private VisitWorkspaceView view;
    private Visit visit;

    @BeforeEach
    void show() throws Exception {
        t = new UiTestContext(dir);
        Unit u = t.workspace.units().list("khuong dinh").get(0);
        visit = t.workspace.visits().start(new StartVisitRequest(u.id(), null, null, LocalDateTime.of(2025, 3, 5, 8, 40),
                true, null, List.of(new StartVisitRequest.Inspector(null, "Trần Văn Minh", TeamRole.LEAD, true)),
                List.of()));
        TestVisits.signOff(t.workspace, visit.id(), LocalDateTime.of(2025, 3, 5, 10, 15));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            view = new ViewLoader(t.ctx.messages().bundle(), t.ctx).load(VisitWorkspaceView.class).view();
            stage.setScene(new Scene(view.root(), 1266, 740));
            stage.show();
        });
        robot.interact(() -> view.shown(new Place.VisitPlace(visit.id())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        t.close();
    }

    private Set<Node> all(String query) {
        Set<Node> nodes = robot.lookup(query).queryAll();
        assertThat(nodes).as(query).isNotEmpty();
        return nodes;
    }

    private void assertEditable(boolean editable) {
        for (String query : EDITING) {
            assertThat(all(query)).as(query).allSatisfy(n -> assertThat(n.isDisabled()).as(query).isEqualTo(!editable));
        }
    }

    private VisitStatus status() {
        return t.workspace.visits().resolve(visit.id()).status();
    }

    @Test
    void finaliseLocksEveryTabAndReopeningWithAReasonUnlocksIt() throws Exception {
        assertEditable(true);
        assertThat(robot.lookup("#reopenButton").query().isVisible()).isFalse();
        assertThat(robot.lookup("#visitHash").query().isVisible()).isFalse();

        robot.clickOn("#finaliseButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status()).isEqualTo(VisitStatus.FINALISED);
        String hash = t.workspace.finalisation().finalisedHash(visit.id()).orElseThrow();
        assertThat(robot.lookup("#visitHash").queryAs(Label.class).getText())
                .isEqualTo("Mã băm " + vn.congvu.app.exchange.FinalisationService.shortHash(hash));
        assertThat(robot.lookup("#visitHash").query().isVisible()).isTrue();
        assertThat(robot.lookup("#finaliseButton").query().isVisible()).isFalse();
        assertEditable(false);
        assertThat(robot.lookup("#visitStart").queryAs(TextField.class).getText()).isEqualTo("05/03/2025 08:40");

        // Mở lại: an empty reason is refused in the dialog, which stays open with the message
        robot.clickOn("#reopenButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reopenConfirm").tryQuery().isPresent());
        robot.clickOn("#reopenConfirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reopenReasonError").queryAs(Label.class).getText())
                .isEqualTo("Cần nêu lý do mở lại cuộc kiểm tra.");
        assertThat(status()).isEqualTo(VisitStatus.FINALISED);
        robot.clickOn("#reopenReason").write("Đơn vị bổ sung hồ sơ");
        robot.clickOn("#reopenConfirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#reopenConfirm").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(status()).isEqualTo(VisitStatus.COMPLETED);
        assertEditable(true);
        assertThat(robot.lookup("#visitHash").query().isVisible()).isFalse();
        assertThat(robot.lookup("#finaliseButton").query().isVisible()).isTrue();

        // the finalised version is still there, readable
        robot.clickOn("#versionsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#versionContent").tryQuery().isPresent());
        assertThat(robot.lookup("#versionsList").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#versionContent").queryAs(TextArea.class).getText())
                .contains("Mã băm SHA-256: " + hash, "Phường Khương Đình", "Trần Văn Minh – Trưởng đoàn");
        robot.clickOn("#versionsAudit");
        assertThat(t.visited).as("the visit's audit log").containsExactly(new Place.Audit(visit.id()));
    }
}
