package vn.congvu.ui.visit.signoff;

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
import vn.congvu.domain.Signature;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.testing.TestVisits;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.common.ViewLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SignoffViewTest {

    @TempDir
    static Path dir;

    private UiTestContext t;
    private Visit visit;
    private SignoffView view;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        t = new UiTestContext(Files.createTempDirectory(dir, "db"));
        visit = TestVisits.start(t.workspace);
        view = new ViewLoader(t.ctx.messages().bundle(), t.ctx).load(SignoffView.class).view();
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
        view.load(visit.id());
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Visit stored() {
        return t.workspace.visits().resolve(visit.id());
    }

    @Test
    void theResponseIsTypedAndSavedWhenTheFieldIsLeft(FxRobot robot) {
        robot.clickOn("#speakerNameField").write("Pham Quoc Huy").type(KeyCode.TAB);
        robot.write("Pho Chu tich").type(KeyCode.TAB);
        robot.write("Don vi tiep thu").type(KeyCode.TAB);
        var response = t.workspace.signoff().sheet(visit.id()).response();
        assertThat(response.speakerName()).isEqualTo("Pham Quoc Huy");
        assertThat(response.speakerPosition()).isEqualTo("Pho Chu tich");
        assertThat(response.text()).isEqualTo("Don vi tiep thu");
    }

    @Test
    void signersFromTheVisitAreMarkedSignedOrRefused(FxRobot robot) throws Exception {
        robot.clickOn("#fromVisitButton");
        TableView<Signature> table = robot.lookup("#signatureTable").queryTableView();
        assertThat(table.getItems()).hasSize(3);

        robot.clickOn("Trần Văn Minh");
        robot.clickOn("#statusField").clickOn("Đã ký");
        robot.clickOn("Phạm Quốc Huy");
        robot.clickOn("#statusField").clickOn("Từ chối ký");
        robot.clickOn("#reasonField").write("Khong dong y ket luan").type(KeyCode.ENTER);

        var signatures = t.workspace.signoff().sheet(visit.id()).signatures();
        assertThat(signatures).extracting(s -> s.fullName() + ":" + s.status()).containsExactly(
                "Phạm Quốc Huy:REFUSED", "Trần Văn Minh:SIGNED", "Lê Thu Hà:PENDING");
        assertThat(signatures.get(0).refusalReason()).isEqualTo("Khong dong y ket luan");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".table-row-cell.refused").queryAll().size() == 1);
    }

    @Test
    void anEndBeforeTheStartStaysInTheFieldAndTheVisitIsEndedOnlyAfterConfirming(FxRobot robot) {
        robot.clickOn("#endField").write("08:15").type(KeyCode.ENTER);
        assertThat(robot.lookup("#endField").queryAs(TextField.class).getText()).isEqualTo("08:15");
        assertThat(view.viewModel().endErrorProperty().get()).contains("08:40 05/03/2025");
        assertThat(stored().endedAt()).isNull();

        robot.doubleClickOn("#endField").eraseText(5).write("11:05").type(KeyCode.ENTER);
        robot.clickOn("#completeButton");

        assertThat(stored().status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(stored().endedAt()).isEqualTo(LocalDateTime.of(2025, 3, 5, 11, 5));
        assertThat(robot.lookup("#completeButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aFinalisedVisitCannotBeSignedOffHere(FxRobot robot) {
        robot.interact(() -> view.setReadOnly(true));
        assertThat(robot.lookup("#completeButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#addSignerButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#endField").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(SignatureStatus.values()).hasSize(3);
    }
}
