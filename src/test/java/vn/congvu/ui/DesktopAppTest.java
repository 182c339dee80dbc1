package vn.congvu.ui;

import javafx.application.Application;
import javafx.scene.control.Label;
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
    void opensTheGivenDatabaseAndShowsWhatItHolds() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Path db = dir.resolve("shell.db");
        app = FxToolkit.setupApplication(DesktopApp.class, "--db=" + db, "--lang=vi");
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#summary").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).startsWith("126 đơn vị");
        assertThat(stage.getTitle()).contains("Kiểm tra công vụ");
        assertThat(db).exists();
    }
}
