package vn.congvu.ui;

import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DesktopAppTest {

    @TempDir
    Path dir;

    private Application app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void opensTheGivenDatabaseOnItsStartScreenWithTheUnitsACtrl3Away() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Path db = dir.resolve("shell.db");
        app = FxToolkit.setupApplication(DesktopApp.class, "--db=" + db, "--lang=vi");
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#startVisitButton").tryQuery().isPresent());
        // a new database has neither plans nor visits: the start screen offers demo data
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#emptyPanel").query().isVisible());
        // what the start-up benchmark waits for: the action button shown and the screen's data loaded
        assertThat(WaitForAsyncUtils.asyncFx(() -> StartupProbe.usable(stage)).get()).isTrue();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT3)
                .release(javafx.scene.input.KeyCode.DIGIT3, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#table").tryQuery().map(t -> ((TableView<?>) t).getItems().size() == 126)
                        .orElse(false));
        assertThat(robot.lookup("#save-status").queryAs(Label.class).getText())
                .isEqualTo("Mọi thay đổi được lưu tự động.");
        assertThat(stage.getTitle()).contains("Kiểm tra công vụ");
        assertThat(db).exists();
    }
}
