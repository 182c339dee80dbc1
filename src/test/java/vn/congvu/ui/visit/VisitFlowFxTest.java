package vn.congvu.ui.visit;

import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.congvu.app.Workspace;
import vn.congvu.app.visit.VisitRecord;
import vn.congvu.domain.Result;
import vn.congvu.ui.DesktopApp;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole flow of a surprise visit on the real app, by keyboard and control ids: start a visit by typing
 * the unit, answer criteria with 1/2/3 and Enter, add an official, add a dossier that is overdue, then close
 * the app and open it again on the same database: everything is there.
 */
class VisitFlowFxTest {

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

    private void launch(Path db) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DesktopApp.class, "--db=" + db, "--lang=vi");
        // the app opens on its start screen, with the big "start a surprise visit" button
        waitFor(() -> robot.lookup("#startVisitButton").tryQuery().map(b -> b.isVisible()).orElse(false));
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> n instanceof Label l ? l.getText()
                : n instanceof TextField t ? t.getText() : null).orElse(null);
    }

    /** The node has the keyboard in its window (the headless window system may not have the window focused). */
    private boolean focused(String query) {
        return robot.lookup(query).tryQuery().map(n -> n.getScene() != null && n.getScene().getFocusOwner() == n)
                .orElse(false);
    }

    /** Waits until the status bar says the last edit is saved (the one-second pause included). */
    private void waitUntilSaved() throws Exception {
        waitFor(() -> text("#save-status") != null && text("#save-status").startsWith("Đã lưu lúc"));
        Thread.sleep(1_300);
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> text("#save-status").startsWith("Đã lưu lúc"));
    }

    @Test
    void aSurpriseVisitRecordedByKeyboardIsAllThereAfterARestart() throws Exception {
        Path db = dir.resolve("flow.db");
        launch(db);

        // start the visit: Ctrl+N, type the unit without diacritics, a representative, Ctrl+Enter
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> focused("#startUnit"));
        // the headless window system hands the keyboard to a new window once it is clicked
        robot.clickOn("#startUnit").write("khuong dinh");
        waitFor(() -> "Đã chọn: Phường Khương Đình".equals(text("#startPickedUnit")));
        robot.clickOn("#representative-name-1").write("Phạm Quốc Huy");
        robot.push(KeyCode.TAB).write("Phó Chủ tịch UBND phường");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitFor(() -> "Phường Khương Đình".equals(text("#visitUnit")));

        // the checklist: the keyboard is on the first criterion; 1 đạt, 2 không đạt, 3 không áp dụng, Enter
        waitFor(() -> focused("#verdict-1-1"));
        robot.clickOn("#visitUnit"); // gives the main window the keyboard back after the dialog (headless)
        assertThat(focused("#verdict-1-1")).isTrue();
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        waitFor(() -> focused("#verdict-1-2"));
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        robot.type(KeyCode.DIGIT3).type(KeyCode.ENTER);
        waitFor(() -> focused("#verdict-1-4"));
        assertThat(text("#group-badge-1")).isEqualTo("3/4");
        assertThat(robot.lookup("#photo-needed-1-2").query().isVisible()).isTrue();
        waitFor(() -> "Đã đánh giá 3/18 tiêu chí".equals(text("#summaryAnswered")));

        // an official: Alt+2, add, name, position, badge not worn (2): a violation
        robot.push(KeyCode.ALT, KeyCode.DIGIT2);
        robot.clickOn("#addOfficialButton");
        waitFor(() -> focused("#official-name-1"));
        robot.write("Nguyễn Thị Lan").push(KeyCode.TAB).write("Công chức Tư pháp – Hộ tịch").push(KeyCode.TAB)
                .type(KeyCode.DIGIT2).push(KeyCode.TAB);
        waitFor(() -> robot.lookup("#official-1").query().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("violation")));
        waitFor(() -> "1/1 cán bộ có vi phạm".equals(text("#summaryOfficials")));

        // a dossier received long ago with a 3-working-day limit, not returned: overdue at once
        LocalDateTime received = LocalDate.now().minusDays(40).atTime(9, 0);
        robot.push(KeyCode.ALT, KeyCode.DIGIT3);
        robot.clickOn("#addDossierButton");
        waitFor(() -> focused("#dossierCode"));
        robot.write("000.00.18.H26-0007").push(KeyCode.ENTER).write("Đăng ký khai sinh").push(KeyCode.ENTER)
                .write(VisitText.dateTime(received)).push(KeyCode.ENTER).write("3").push(KeyCode.ENTER);
        waitFor(() -> text("#dossierStatus") != null && text("#dossierStatus").startsWith("Quá hạn"));
        assertThat(text("#dossierStatus")).endsWith("ngày làm việc, chưa trả");
        waitFor(() -> "1/1 hồ sơ quá hạn".equals(text("#summaryDossiers")));
        waitUntilSaved();

        // close the app, open it again on the same file, open the visit (Ctrl+O, Enter)
        FxToolkit.cleanupApplication(app);
        app = null;
        FxToolkit.cleanupStages();
        try (Workspace ws = Workspace.open(db, false, Clock.systemDefaultZone())) {
            String id = ws.visits().list(null).get(0).id();
            VisitRecord r = ws.visitRecording().load(id);
            Map<String, Result> results = r.answers().stream().collect(Collectors.toMap(
                    a -> r.criteria().stream().filter(c -> c.id().equals(a.criterionId())).findFirst().orElseThrow()
                            .code(), a -> a.result()));
            assertThat(results).containsEntry("1.1", Result.PASS).containsEntry("1.2", Result.FAIL)
                    .containsEntry("1.3", Result.NA);
            assertThat(r.officials()).extracting(o -> o.fullName() + "/" + o.badgeWorn())
                    .containsExactly("Nguyễn Thị Lan/false");
            assertThat(r.dossiers()).extracting(d -> d.code() + "/" + d.limitDays())
                    .containsExactly("000.00.18.H26-0007/3");
            assertThat(r.representatives()).extracting(p -> p.fullName()).containsExactly("Phạm Quốc Huy");
        }

        launch(db);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        waitFor(() -> robot.lookup("#open-visit-confirm").tryQuery().map(b -> !b.isDisabled()).orElse(false));
        robot.push(KeyCode.ENTER);
        waitFor(() -> "Phường Khương Đình".equals(text("#visitUnit")));
        waitFor(() -> "3/4".equals(text("#group-badge-1")));
        waitFor(() -> "1/1 cán bộ có vi phạm".equals(text("#summaryOfficials")));
        waitFor(() -> "1/1 hồ sơ quá hạn".equals(text("#summaryDossiers")));
        robot.push(KeyCode.ALT, KeyCode.DIGIT3);
        waitFor(() -> text("#dossierStatus") != null && text("#dossierStatus").startsWith("Quá hạn"));
        assertThat(text("#dossierCode")).isEqualTo("000.00.18.H26-0007");
    }
}
