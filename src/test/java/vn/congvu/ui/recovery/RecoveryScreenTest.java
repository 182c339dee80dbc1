package vn.congvu.ui.recovery;

import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.congvu.app.Workspace;
import vn.congvu.app.backup.BackupReason;
import vn.congvu.testing.CliHarness;
import vn.congvu.ui.DesktopApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A damaged database at start leads to the recovery screen, and its Restore button to the working app. */
class RecoveryScreenTest {

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
    void aDamagedDatabaseIsRestoredFromItsLatestBackupAndTheAppOpensOnIt() throws Exception {
        Path db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));
        try (Workspace ws = Workspace.open(db, false, CliHarness.CLOCK)) {
            ws.backups().takeAutomatic(BackupReason.STARTUP, null).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 0; i < 100; i++) {
            bytes[i] = 0x41;
        }
        Files.write(db, bytes);

        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DesktopApp.class, "--db=" + db, "--lang=vi");
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#backups").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
        assertThat(robot.lookup("#title").queryAs(Label.class).getText()).isEqualTo("Cơ sở dữ liệu bị hỏng, chưa mở được");
        assertThat(robot.lookup("#explanation").queryAs(Label.class).getText()).doesNotContain("Exception");
        assertThat(robot.lookup("#restoreButton").queryAs(Button.class).isDisabled()).isFalse();

        robot.clickOn("#restoreButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Có").tryQuery().isPresent());
        robot.clickOn("Có");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#startVisitButton").tryQuery().isPresent());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT3)
                .release(javafx.scene.input.KeyCode.DIGIT3, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#table").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 126).orElse(false));
        try (var listing = Files.list(dir.resolve("backups"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-truoc-khoi-phuc.zip"));
        }
    }
}
