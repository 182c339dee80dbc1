package vn.congvu.ui.visit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.congvu.app.StartVisitRequest;
import vn.congvu.domain.Answer;
import vn.congvu.domain.Result;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.Place;
import vn.congvu.ui.common.ViewLoader;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The visit workspace on its own, in a window, on a temporary database; background work runs inline. */
class VisitWorkspaceViewFxTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private UiTestContext t;
    private VisitWorkspaceView view;
    private Visit first;
    private Visit second;

    @BeforeEach
    void show() throws Exception {
        t = new UiTestContext(dir);
        first = start("khuong dinh", LocalDateTime.of(2025, 3, 5, 8, 40));
        second = start("ba dinh", LocalDateTime.of(2025, 3, 4, 14, 0));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            view = new ViewLoader(t.ctx.messages().bundle(), t.ctx).load(VisitWorkspaceView.class).view();
            stage.setScene(new Scene(view.root(), 1266, 740));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        t.close();
    }

    private Visit start(String unit, LocalDateTime at) {
        Unit u = t.workspace.units().list(unit).get(0);
        return t.workspace.visits().start(new StartVisitRequest(u.id(), null, null, at, true, null, List.of(),
                List.of()));
    }

    private void open(Visit v) {
        robot.interact(() -> view.shown(new Place.VisitPlace(v.id())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<Result> stored(Visit v, String code) {
        var r = t.workspace.visitRecording().load(v.id());
        String id = r.criteria().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
        return r.answers().stream().filter(a -> a.criterionId().equals(id)).findFirst().map(Answer::result);
    }

    private boolean selected(String verdictId, int button) {
        return ((ToggleButton) robot.lookup(verdictId).queryParent().getChildrenUnmodifiable().get(button))
                .isSelected();
    }

    @Test
    void anotherVisitOpenedInTheSameRowsShowsItsOwnAnswersAndTakesTheKeys() {
        open(first);
        assertThat(robot.lookup("#visitUnit").queryAs(Label.class).getText()).isEqualTo("Phường Khương Đình");
        robot.clickOn("#verdict-1-1").type(KeyCode.DIGIT2);
        assertThat(stored(first, "1.1")).contains(Result.FAIL);
        assertThat(selected("#verdict-1-1", 1)).isTrue();

        open(second);
        assertThat(robot.lookup("#visitUnit").queryAs(Label.class).getText()).isEqualTo("Phường Ba Đình");
        assertThat(selected("#verdict-1-1", 1)).isFalse();
        assertThat(robot.lookup("#group-badge-1").queryAs(Label.class).getText()).isEqualTo("0/4");
        robot.clickOn("#verdict-1-1").type(KeyCode.DIGIT1).type(KeyCode.ENTER).type(KeyCode.DIGIT3);

        assertThat(stored(second, "1.1")).contains(Result.PASS);
        assertThat(stored(second, "1.2")).contains(Result.NA);
        assertThat(stored(first, "1.1")).contains(Result.FAIL);
        assertThat(stored(first, "1.2")).isEmpty();
        assertThat(robot.lookup("#group-badge-1").queryAs(Label.class).getText()).isEqualTo("2/4");
    }

    @Test
    void aCountLargerThanItsWholeIsMarkedAtTheFieldAndKept() {
        open(first);
        // the keyboard goes there as Tab would (the row scrolls into view), then the figures are typed
        robot.interact(() -> robot.lookup("#value1-5-1").query().requestFocus());
        robot.write("4").push(KeyCode.TAB).write("6").push(KeyCode.ENTER);
        Label error = robot.lookup("#error-5-1").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Số hồ sơ quá hạn (6) không được lớn hơn Số hồ sơ kiểm tra (4).");
        assertThat(robot.lookup("#value2-5-1").queryAs(TextField.class).getText()).isEqualTo("6");
        // the first figure was saved when Tab left it; the contradicting second one is not written
        assertThat(t.workspace.visitRecording().load(first.id()).answers()).singleElement()
                .satisfies(a -> assertThat(a.value1()).isEqualTo(4.0))
                .satisfies(a -> assertThat(a.value2()).isNull());
    }

    @Test
    void aReturnBeforeTheReceiptIsMarkedAtTheFieldAndNotWritten() {
        open(first);
        robot.interact(() -> robot.lookup("#tabPane").queryAs(TabPane.class).getSelectionModel().select(2));
        robot.clickOn("#addDossierButton");
        robot.clickOn("#dossierCode").write("HS-0001").push(KeyCode.ENTER).write("Chứng thực chữ ký")
                .push(KeyCode.ENTER).write("03/03/2025 09:00").push(KeyCode.ENTER).write("1").push(KeyCode.ENTER);
        robot.clickOn("#dossierReturned").write("28/02/2025 10:00").push(KeyCode.ENTER);

        Label error = robot.lookup("#dossierReturnedError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Ngày trả kết quả trước ngày giờ tiếp nhận.");
        assertThat(robot.lookup("#dossierReturned").queryAs(TextField.class).getText()).isEqualTo("28/02/2025 10:00");
        // saved once complete, before the wrong return was typed; the wrong return itself is not written
        assertThat(t.workspace.visitRecording().load(first.id()).dossiers()).singleElement()
                .satisfies(d -> assertThat(d.returnedAt()).isNull());

        robot.doubleClickOn("#dossierReturned").eraseText(16).write("04/03/2025 10:00").push(KeyCode.ENTER);
        assertThat(error.isVisible()).isFalse();
        assertThat(robot.lookup("#dossierStatus").queryAs(Label.class).getText()).isEqualTo("Đúng hạn");
        assertThat(t.workspace.visitRecording().load(first.id()).dossiers()).singleElement()
                .satisfies(d -> assertThat(d.returnedAt()).isEqualTo(LocalDateTime.of(2025, 3, 4, 10, 0)));
    }

    @Test
    void aStartTimeThatIsNotADateIsMarkedAndNotSaved() {
        open(first);
        TextField start = robot.lookup("#visitStart").queryAs(TextField.class);
        robot.clickOn(start).eraseText(start.getText().length()).write("31/02/2025 08:00").push(KeyCode.ENTER);
        Label error = robot.lookup("#visitStartError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Nhập ngày giờ dạng");
        assertThat(t.workspace.visits().resolve(first.id()).startedAt()).isEqualTo(LocalDateTime.of(2025, 3, 5, 8, 40));
    }
}
