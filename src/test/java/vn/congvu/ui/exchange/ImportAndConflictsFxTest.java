package vn.congvu.ui.exchange;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.congvu.app.StartVisitRequest;
import vn.congvu.app.exchange.ExchangeService;
import vn.congvu.domain.Result;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.exchange.ExportScope;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.Place;
import vn.congvu.ui.common.ViewLoader;
import vn.congvu.ui.conflicts.ConflictsView;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import wizard and the Conflicts screen in windows, on a laptop that receives packages from a
 * second database made in the test: an encrypted package asks for its passphrase (a wrong one is said),
 * the counts show before Import; a later package brings a conflict that is resolved on the screen.
 */
class ImportAndConflictsFxTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private UiTestContext sender;
    private UiTestContext here;
    private Visit visit;
    private Stage stage;
    private ExchangeActions actions;

    @BeforeEach
    void open() throws Exception {
        sender = new UiTestContext(Files.createDirectories(dir.resolve("sender")));
        here = new UiTestContext(Files.createDirectories(dir.resolve("here")));
        Unit u = sender.workspace.units().list("khuong dinh").get(0);
        visit = sender.workspace.visits().start(new StartVisitRequest(u.id(), null, null,
                LocalDateTime.of(2025, 3, 5, 8, 40), true, null,
                List.of(new StartVisitRequest.Inspector(null, "Trần Văn Minh", TeamRole.LEAD, true)), List.of()));
        sender.workspace.visits().answer(visit.id(), "1.1", Result.PASS, "Niêm yết đủ");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            stage = s;
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 1100, 700));
            stage.show();
        });
        actions = new ExchangeActions(here.ctx, () -> stage, () -> new Place.Start());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        sender.close();
        here.close();
    }

    private Path export(String name, String passphrase) {
        Path file = dir.resolve(name);
        sender.workspace.exchange().export(new ExchangeService.ExportRequest(file, ExportScope.all(),
                passphrase == null ? null : passphrase.toCharArray(), false), (p, d, t) -> { }, () -> false);
        return file;
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void anEncryptedPackageThenAConflictResolvedOnTheConflictsScreen() throws Exception {
        Path secret = export("secret.congvu", "trăng rằm");
        ImportView[] wizard = new ImportView[1];
        robot.interact(() -> wizard[0] = actions.openImport(false));
        robot.interact(() -> wizard[0].viewModel().open(secret));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown("#importPassphraseBox")).isTrue();
        assertThat(robot.lookup("#importApply").query().isDisabled()).as("nothing to apply yet").isTrue();
        robot.clickOn("#importPassphrase").write("trăng non");
        robot.clickOn("#importUnlock");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#importError"));
        assertThat(text("#importError")).startsWith("Mật khẩu không mở được gói secret.congvu");
        assertThat(shown("#importPreviewBox")).isFalse();

        robot.doubleClickOn("#importPassphrase").eraseText(12).write("trăng rằm");
        robot.clickOn("#importUnlock");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#importPreviewBox"));
        int visitsBefore = here.workspace.visits().list(null).size();
        int added = Integer.parseInt(text("#importNew"));
        assertThat(added).isPositive();
        assertThat(text("#importConflicting")).isEqualTo("0");
        assertThat(text("#importNote")).startsWith("Chưa có gì được ghi.");
        assertThat(here.workspace.visits().list(null)).hasSize(visitsBefore);

        robot.clickOn("#importApply");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#importResultBox"));
        assertThat(text("#importResult")).startsWith("Đã nhập gói: " + added + " mới");
        assertThat(here.workspace.visits().list(null)).hasSize(visitsBefore + 1);
        assertThat(shown("#importShowConflicts")).isFalse();
        robot.interact(() -> robot.lookup("#importResult").query().getScene().getWindow().hide());

        // both laptops change the same answer; the next package brings the conflict
        sender.workspace.visits().answer(visit.id(), "1.1", Result.FAIL, "Bảng niêm yết đã cũ");
        here.workspace.visits().answer(visit.id(), "1.1", Result.PASS, "Đã thay bảng mới");
        Path second = export("second.congvu", null);
        robot.interact(() -> wizard[0] = actions.openImport(false));
        robot.interact(() -> wizard[0].viewModel().open(second));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#importPreviewBox"));
        assertThat(text("#importConflicting")).isEqualTo("1");
        robot.clickOn("#importApply");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#importShowConflicts"));
        assertThat(actions.conflicts().openProperty().get()).isEqualTo(1);
        robot.clickOn("#importShowConflicts");
        assertThat(here.visited).containsExactly(new Place.Conflicts());

        // the Conflicts screen, as the window would show it
        ConflictsView[] screen = new ConflictsView[1];
        robot.interact(() -> {
            screen[0] = new ViewLoader(here.ctx.messages().bundle(), here.ctx).load(ConflictsView.class).view();
            screen[0].onChanged(actions.conflicts()::refresh);
            stage.setScene(new Scene(screen[0].root(), 1100, 700));
            stage.show();
            screen[0].shown(new Place.Conflicts());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#conflictList").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(text("#conflictBelongs")).isEqualTo("Thuộc: Phường Khương Đình – 05/03/2025");
        assertThat(text("#conflictLocal")).startsWith("Máy này: ");
        assertThat(text("#conflictIncoming")).startsWith("Nhận về: ");
        TableView<?> fields = robot.lookup("#conflictFields").queryAs(TableView.class);
        assertThat(fields.getItems()).isNotEmpty();
        assertThat(robot.lookup(".table-row-cell:differs").queryAll()).hasSizeGreaterThanOrEqualTo(2);

        robot.clickOn("#keepIncomingButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#conflictList").queryAs(ListView.class).getItems()).isEmpty();
        assertThat(actions.conflicts().openProperty().get()).isZero();
        assertThat(shown("#conflictDetail")).as("no conflict selected").isFalse();
        var r = here.workspace.visitRecording().load(visit.id());
        String criterion = r.criteria().stream().filter(c -> c.code().equals("1.1")).findFirst().orElseThrow().id();
        assertThat(r.answers()).filteredOn(a -> a.criterionId().equals(criterion)).singleElement()
                .satisfies(a -> assertThat(a.note()).isEqualTo("Bảng niêm yết đã cũ"));
    }
}
