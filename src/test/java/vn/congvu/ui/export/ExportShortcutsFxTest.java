package vn.congvu.ui.export;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.congvu.app.Workspace;
import vn.congvu.app.demo.DemoGenerator;
import vn.congvu.ui.DesktopApp;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ctrl+E exports from the visit workspace and from the dashboard. The visit installs its keys on the window
 * itself; leaving it must not take the dashboard's Ctrl+E with it (the dashboard puts its keys first).
 */
class ExportShortcutsFxTest {

    @TempDir
    Path dir;

    private Application app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Runnable ctrlE(String nodeOnScreen) {
        Node n = robot.lookup(nodeOnScreen).query();
        return n.getScene().getAccelerators().get(KeyCombination.keyCombination("Shortcut+E"));
    }

    @Test
    void ctrlEExportsOnTheDashboardAfterTheVisitWorkspaceWasShown() throws Exception {
        Path db = dir.resolve("demo.db");
        try (Workspace ws = Workspace.open(db, true, Clock.systemDefaultZone())) {
            new DemoGenerator(ws).generate(3, 11);
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DesktopApp.class, "--db=" + db, "--lang=vi");
        waitFor(() -> robot.lookup("#startVisitButton").tryQuery().map(Node::isVisible).orElse(false));

        robot.push(KeyCode.CONTROL, KeyCode.O);
        waitFor(() -> robot.lookup("#open-visit-confirm").tryQuery().map(b -> !b.isDisabled()).orElse(false));
        robot.push(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#visitUnit").tryQuery().map(l -> !((Label) l).getText().isEmpty()).orElse(false));
        waitFor(() -> !robot.lookup("#exportMinutesButton").query().isDisabled());
        Runnable onVisit = ctrlE("#exportMinutesButton");
        assertThat(onVisit).isNotNull();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        waitFor(() -> robot.lookup("#exportReportButton").tryQuery().map(b -> !b.isDisabled()).orElse(false));
        Runnable onDashboard = ctrlE("#exportReportButton");
        assertThat(onDashboard).isNotNull().isNotSameAs(onVisit);

        // and back: the visit's own Ctrl+E again
        robot.push(KeyCode.CONTROL, KeyCode.O);
        waitFor(() -> robot.lookup("#open-visit-confirm").tryQuery().map(b -> !b.isDisabled()).orElse(false));
        robot.push(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#exportMinutesButton").tryQuery().map(b -> b.getScene() != null).orElse(false));
        assertThat(ctrlE("#exportMinutesButton")).isSameAs(onVisit);
    }
}
