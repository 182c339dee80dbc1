package vn.congvu.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.congvu.app.SettingsService;
import vn.congvu.app.Workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** What the app remembers between runs (the window's place, the plan last opened) and across a language switch. */
class WindowMemoryFxTest {

    @TempDir
    Path dir;

    private DesktopApp app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void launch(Path db) throws Exception {
        launch(db, "vi");
    }

    /** {@code language} null: the one saved in the settings. */
    private void launch(Path db, String language) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DesktopApp) FxToolkit.setupApplication(() -> new DesktopApp(db, language, UnaryOperator.identity()));
        waitFor(() -> app.window() != null && robot.lookup("#startVisitButton").tryQuery().isPresent());
    }

    private void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        app = null;
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the screen's scroll pane until the node shows, as the user would with the wheel. */
    private void scrollIntoView(String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            Parent p = node.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane pane) {
                double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
                double viewport = pane.getViewportBounds().getHeight();
                double y = pane.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                if (contentHeight > viewport) {
                    pane.setVvalue(Math.min(1, Math.max(0, (y - viewport / 3) / (contentHeight - viewport))));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String field(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((TextField) n).getText()).orElse(null);
    }

    @Test
    void theWindowOpensWhereAndAsLargeAsItWasLeft() throws Exception {
        Path db = dir.resolve("window.db");
        launch(db);
        robot.interact(() -> {
            Stage stage = app.stage();
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        close();
        try (Workspace ws = Workspace.open(db, false, Clock.systemDefaultZone())) {
            assertThat(ws.settings().get(SettingsService.UI_WINDOW)).contains("40.0,30.0,1000.0,700.0,false");
        }

        // the test reuses one stage: move it away, so that only the saved place can bring it back
        Stage stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(820);
            stage.setHeight(600);
        });
        launch(db);

        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(700);
        assertThat(stage.getScene().getWidth()).isEqualTo(1000);
    }

    @Test
    void switchingToEnglishInTheSettingsKeepsWhatWasJustTypedAndThePlanLastOpened() throws Exception {
        Path db = dir.resolve("language.db");
        launch(db);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitFor(() -> robot.lookup("#planList").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitFor(() -> robot.lookup("#numberField").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.write("07/KH-SNV");

        // at once, before the pause that saves: the settings, a name typed, then English
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        waitFor(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.clickOn("#nameField").write("Trần Thu Hà");
        scrollIntoView("#languageField");
        robot.clickOn("#languageField");
        waitFor(() -> robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> "English".equals(c.getText())));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> "English".equals(c.getText())).findFirst().orElseThrow());

        // the window is rebuilt in English, on the settings, with the name there
        waitFor(() -> robot.lookup("#nav-plans").tryQuery().map(b -> "Plans".equals(
                ((javafx.scene.control.ToggleButton) b).getText())).orElse(false));
        waitFor(() -> "Trần Thu Hà".equals(field("#nameField")));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitFor(() -> "07/KH-SNV".equals(field("#numberField")));

        // and after a restart (no language given), English again, and the plans screen opens on that plan
        close();
        FxToolkit.cleanupStages();
        launch(db, null);
        assertThat(robot.lookup("#nav-plans").queryAs(javafx.scene.control.ToggleButton.class).getText())
                .isEqualTo("Plans");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitFor(() -> "07/KH-SNV".equals(field("#numberField")));
        try (Workspace ws = Workspace.open(db, false, Clock.systemDefaultZone())) {
            assertThat(ws.settings().get(SettingsService.PROFILE_NAME)).contains("Trần Thu Hà");
            assertThat(ws.settings().get(SettingsService.UI_LAST_PLAN))
                    .contains(ws.plans().list().get(0).plan().id());
        }
    }
}
