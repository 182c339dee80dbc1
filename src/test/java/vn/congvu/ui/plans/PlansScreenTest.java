package vn.congvu.ui.plans;

import javafx.application.Application;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.congvu.app.Workspace;
import vn.congvu.domain.TeamMember;
import vn.congvu.ui.DesktopApp;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the plans screen with the keyboard as a team lead would, then reads what was stored. */
class PlansScreenTest {

    @TempDir
    Path dir;

    private Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aPlanWithItsTeamAndUnitsIsMadeFromTheKeyboardAndStored() throws Exception {
        Path db = dir.resolve("plans.db");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DesktopApp.class, "--db=" + db, "--lang=vi");
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#nav-plans").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#planList").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#numberField").queryAs(TextField.class).isFocused());
        robot.write("45/KH-ĐKT");
        robot.type(KeyCode.TAB);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#member-name-0").tryQuery()
                .map(n -> n.isFocused()).orElse(false));
        robot.write("Nguyễn Văn An");
        robot.type(KeyCode.TAB);
        robot.write("Phó Giám đốc Sở Nội vụ");
        robot.type(KeyCode.TAB);

        robot.clickOn("#addAllUnitsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#unitList").queryAs(ListView.class).getItems().size() == 126);
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupApplication(app);
        app = null;

        try (Workspace ws = Workspace.open(db, false, Clock.systemDefaultZone())) {
            var plans = ws.plans().list();
            assertThat(plans).hasSize(1);
            assertThat(plans.get(0).plan().number()).isEqualTo("45/KH-ĐKT");
            assertThat(plans.get(0).unitsPlanned()).isEqualTo(126);
            List<TeamMember> members = ws.plans().details(plans.get(0).plan().id()).members();
            assertThat(members).extracting(TeamMember::fullName, TeamMember::position)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Nguyễn Văn An", "Phó Giám đốc Sở Nội vụ"));
        }
    }
}
