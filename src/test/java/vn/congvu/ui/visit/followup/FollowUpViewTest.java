package vn.congvu.ui.visit.followup;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.congvu.app.followup.FollowUpService;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.CorrectiveAction;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Visit;
import vn.congvu.testing.TestVisits;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.common.ViewLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FollowUpViewTest {

    @TempDir
    static Path dir;

    private UiTestContext t;
    private Visit visit;
    private FollowUpView view;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        t = new UiTestContext(Files.createTempDirectory(dir, "db"));
        visit = TestVisits.start(t.workspace);
        view = new ViewLoader(t.ctx.messages().bundle(), t.ctx).load(FollowUpView.class).view();
        stage.setScene(new Scene(view.root(), 1280, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private FollowUpService.Sheet sheet() {
        return t.workspace.followUps().sheet(visit.id());
    }

    @Test
    void aRecommendationTypedInTheFormIsSavedWhenTheFieldIsLeft(FxRobot robot) {
        robot.interact(() -> view.load(visit.id()));
        robot.clickOn("#addButton");
        robot.write("Chan chinh viec deo the").type(KeyCode.TAB);

        assertThat(sheet().recommendations()).extracting(Recommendation::text).containsExactly("Chan chinh viec deo the");
        TableView<Recommendation> table = robot.lookup("#table").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getSelectionModel().getSelectedItem().text()).isEqualTo("Chan chinh viec deo the");
    }

    @Test
    void aDeadlineBeforeTheVisitStaysOnScreenMarkedAndIsNotSaved(FxRobot robot) {
        robot.interact(() -> view.load(visit.id()));
        robot.clickOn("#addButton");
        robot.write("Niem yet").type(KeyCode.TAB);
        robot.clickOn("#deadlineField").write("1/3/2025").type(KeyCode.ENTER);

        assertThat(robot.lookup("#deadlineField").queryAs(TextField.class).getText()).isEqualTo("1/3/2025");
        assertThat(view.viewModel().deadlineErrorProperty().get()).contains("05/03/2025");
        assertThat(sheet().recommendations().get(0).deadline()).isNull();

        robot.doubleClickOn("#deadlineField").eraseText(10).write("31/3/2025").type(KeyCode.ENTER);
        assertThat(sheet().recommendations().get(0).deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(view.viewModel().deadlineErrorProperty().get()).isNull();
    }

    @Test
    void anActionIsAddedUnderItsRecommendationAndMarkedDone(FxRobot robot) {
        robot.interact(() -> view.load(visit.id()));
        robot.clickOn("#addButton");
        robot.write("Niem yet").type(KeyCode.TAB);
        robot.clickOn("#addActionButton");
        robot.write("Cap nhat bang niem yet").type(KeyCode.TAB).write("Bo phan Mot cua").type(KeyCode.ENTER);
        robot.clickOn("#actionStatusField").clickOn("Đã hoàn thành");

        CorrectiveAction a = sheet().actions().get(0);
        assertThat(a.text()).isEqualTo("Cap nhat bang niem yet");
        assertThat(a.responsible()).isEqualTo("Bo phan Mot cua");
        assertThat(a.status()).isEqualTo(ActionStatus.DONE);
        assertThat(a.completedOn()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(robot.lookup("#actionTable").queryTableView().getItems()).hasSize(1);
    }

    @Test
    void overdueRecommendationsAreMarkedInTheTable(FxRobot robot) throws Exception {
        Recommendation r = t.workspace.followUps().saveRecommendation(new FollowUpService.RecommendationDraft(null,
                visit.id(), "Thái độ phục vụ", null, null, null));
        t.workspace.db().write(c -> vn.congvu.store.Sql.update(c,
                "UPDATE recommendations SET deadline = '2025-03-01' WHERE id = ?", r.id()));
        robot.interact(() -> view.load(visit.id()));

        // rows are made at the next layout pulse
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".table-row-cell.overdue").queryAll().size() == 1);
        assertThat(robot.lookup(".table-row-cell.overdue").queryAll()).hasSize(1);
        assertThat(robot.lookup("01/03/2025\nquá hạn 4 ngày").tryQuery()).isPresent();
    }

    @Test
    void aFinalisedVisitCannotBeEditedHere(FxRobot robot) {
        robot.interact(() -> {
            view.load(visit.id());
            view.setReadOnly(true);
        });
        assertThat(robot.lookup("#addButton").queryAs(Button.class).isDisabled()).isTrue();
    }
}
