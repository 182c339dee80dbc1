package vn.congvu.ui.export;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.congvu.app.demo.DemoGenerator;
import vn.congvu.app.VisitService;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.Place;
import vn.congvu.ui.common.ViewLoader;
import vn.congvu.ui.visit.VisitWorkspaceView;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visit workspace's Xuất biên bản on a demo visit: the button, then Ctrl+E again onto the same name (the
 * file exists: save under a new name), each time the .docx is written and the window offers Open file.
 * The file chooser is the test's (the dialog service of {@link UiTestContext}); background work runs inline.
 */
class ExportMinutesFxTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private UiTestContext t;
    private VisitWorkspaceView view;
    private VisitService.VisitRow visit;

    @BeforeEach
    void show() throws Exception {
        t = new UiTestContext(dir);
        new DemoGenerator(t.workspace).generate(3, 7);
        visit = t.workspace.visits().list(null).get(0);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            view = new ViewLoader(t.ctx.messages().bundle(), t.ctx).load(VisitWorkspaceView.class).view();
            stage.setScene(new Scene(view.root(), 1266, 740));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.shown(new Place.VisitPlace(visit.id())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        t.close();
    }

    @Test
    void theExportButtonWritesTheMinutesAndAsksBeforeTouchingThemAgain() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path file = out.resolve("bien-ban.docx");
        t.dialogs.files.add(file);
        Button button = robot.lookup("#exportMinutesButton").queryButton();
        assertThat(button.isDisabled()).isFalse();
        assertThat(button.getTooltip().getText()).endsWith("(Ctrl+E)");

        robot.clickOn("#exportMinutesButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#exportOpenFile").tryQuery()
                .map(n -> n.isVisible()).orElse(false));

        assertThat(Files.size(file)).isGreaterThan(5_000);
        assertThat(t.dialogs.saveProposals.get(0)).startsWith("null|Bien-ban-").endsWith(visit.date() + ".docx");
        assertThat(robot.lookup("#exportMessage").queryAs(Label.class).getText()).startsWith("Đã lưu «bien-ban.docx»");
        robot.clickOn("#exportOpenFile");
        assertThat(t.dialogs.opened).containsExactly(file);
        robot.clickOn("#exportClose");

        // again by keyboard onto the same name: the user keeps the first file and saves beside it
        long firstSize = Files.size(file);
        t.dialogs.files.add(file);
        t.dialogs.chooseAnswers.add(1);
        robot.clickOn("#visitUnit").push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out.resolve("bien-ban (2).docx")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.dialogs.offered).containsExactly(java.util.List.of("Ghi đè", "Lưu thành «bien-ban (2).docx»"));
        assertThat(Files.size(file)).isEqualTo(firstSize);
        assertThat(t.dialogs.saveProposals.get(1)).startsWith(out + "|");
    }
}
