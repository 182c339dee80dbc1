package vn.congvu.ui.visit;

import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.congvu.app.Workspace;
import vn.congvu.app.PlanDetails;
import vn.congvu.app.visit.VisitRecord;
import vn.congvu.domain.Evidence;
import vn.congvu.domain.Result;
import vn.congvu.testing.Jpegs;
import vn.congvu.ui.DesktopApp;
import vn.congvu.ui.common.DialogService;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole flow on the real app, by keyboard and control ids: make a plan on the plans screen (number, date,
 * a team member, a unit), start a visit of that plan by typing the unit, answer criteria with 1/2/3 and
 * Enter, add an official, add a dossier that is overdue, attach a photo, then close the app and open it
 * again on the same database: the plan, the answers, the official, the overdue mark and the photo are there.
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

    /** What the file chooser answers: the headless window system cannot show one. */
    private final List<Path> chosenFiles = new java.util.ArrayList<>();

    private void launch(Path db) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new DesktopApp(db, "vi", this::choosingFiles));
        // the app opens on its start screen, with the big "start a surprise visit" button
        waitFor(() -> robot.lookup("#startVisitButton").tryQuery().map(b -> b.isVisible()).orElse(false));
    }

    private DialogService choosingFiles(DialogService real) {
        return new DialogService() {
            @Override
            public void showError(String header, String text) {
                real.showError(header, text);
            }

            @Override
            public void showInfo(String header, String text) {
                real.showInfo(header, text);
            }

            @Override
            public boolean confirm(String header, String text) {
                return real.confirm(header, text);
            }

            @Override
            public Optional<Integer> choose(String header, String text, List<String> choices) {
                return real.choose(header, text, choices);
            }

            @Override
            public Optional<Path> openFile(String title, String filterDescription, String... extensions) {
                return chosenFiles.stream().findFirst();
            }

            @Override
            public List<Path> openFiles(String title, String filterDescription, String... extensions) {
                return List.copyOf(chosenFiles);
            }

            @Override
            public Optional<Path> saveFile(String title, String suggestedName, String filterDescription,
                                           String... extensions) {
                return Optional.empty();
            }

            @Override
            public void openWithDesktop(Path path) {
            }
        };
    }

    /** The content of the visit tab with this id (tab ids repeat control ids: each tab has an #addButton). */
    private Node tab(String id) {
        TabPane tabs = robot.lookup("#tabPane").queryAs(TabPane.class);
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow().getContent();
    }

    /** The photo's thumbnail is in the evidence list, drawn. */
    private boolean thumbnailShown(String fileName) {
        return robot.from(tab("tab-3")).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> c.getItem() instanceof Evidence e && e.originalName().equals(fileName)
                        && robot.from(c).lookup(".evidence-thumb .image-view").queryAllAs(ImageView.class).stream()
                        .anyMatch(v -> v.getImage() != null && v.getImage().getWidth() > 0));
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
    void aPlanAndAVisitOfItRecordedByKeyboardAreAllThereAfterARestart() throws Exception {
        Path db = dir.resolve("flow.db");
        Path photo = Jpegs.photo(dir.resolve("IMG_0042.jpg"), 1, "2025:03:05 09:12:00");
        chosenFiles.add(photo);
        launch(db);

        // the plan: Ctrl+2, Ctrl+Shift+N, number, date, a team member (Ctrl+Shift+M), a unit by its name
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitFor(() -> robot.lookup("#planList").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitFor(() -> focused("#numberField"));
        robot.write("45/KH-ĐKT").push(KeyCode.TAB);
        // the date field already holds today: select it all, type over it
        robot.clickOn("#issuedOnField").push(KeyCode.CONTROL, KeyCode.A).write("10/01/2025").push(KeyCode.ENTER);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        waitFor(() -> focused("#member-name-0"));
        robot.write("Nguyễn Văn An").push(KeyCode.TAB).write("Phó Giám đốc Sở Nội vụ").push(KeyCode.TAB);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        waitFor(() -> focused("#addUnitField"));
        robot.write("khuong dinh");
        waitFor(() -> robot.lookup(".auto-complete-popup .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> "Phường Khương Đình".equals(c.getText())));
        robot.clickOn(robot.lookup(".auto-complete-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> "Phường Khương Đình".equals(c.getText())).findFirst().orElseThrow());
        waitFor(() -> robot.lookup("#unitList").queryAs(ListView.class).getItems().size() == 1);

        // start the visit of that plan: Ctrl+N, the plan, the unit typed without diacritics, a representative
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> focused("#startUnit"));
        // the headless window system hands the keyboard to a new window once it is clicked
        robot.clickOn("#startPlan");
        waitFor(() -> robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> c.getText() != null && c.getText().startsWith("45/KH-ĐKT")));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("45/KH-ĐKT")).findFirst().orElseThrow());
        waitFor(() -> robot.lookup("#inspector-1").tryQuery().isPresent());
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

        // a photo: Alt+4, add (the chooser answers with the JPEG), its thumbnail drawn
        robot.push(KeyCode.ALT, KeyCode.DIGIT4);
        robot.clickOn(robot.from(tab("tab-3")).lookup("#addButton").queryButton());
        waitFor(() -> thumbnailShown("IMG_0042.jpg"));
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
            PlanDetails plan = ws.plans().details(ws.plans().list().get(0).plan().id());
            assertThat(plan.plan().number()).isEqualTo("45/KH-ĐKT");
            assertThat(plan.plan().issuedOn()).isEqualTo(LocalDate.of(2025, 1, 10));
            assertThat(plan.members()).extracting(m -> m.fullName()).containsExactly("Nguyễn Văn An");
            assertThat(plan.units()).extracting(u -> u.unit().name()).containsExactly("Khương Đình");
            assertThat(ws.visits().resolve(id).planId()).isEqualTo(plan.plan().id());
            assertThat(ws.evidence().list(id)).extracting(Evidence::originalName).containsExactly("IMG_0042.jpg");
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
        robot.push(KeyCode.ALT, KeyCode.DIGIT4);
        waitFor(() -> thumbnailShown("IMG_0042.jpg"));
        assertThat(text("#visitPlan")).startsWith("45/KH-ĐKT");

        // the plans screen opens on the plan last opened, as it was left
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitFor(() -> "45/KH-ĐKT".equals(text("#numberField")));
        assertThat(robot.lookup("#issuedOnField").queryAs(DatePicker.class).getValue())
                .isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(robot.lookup("#member-name-0").queryAs(TextField.class).getText()).isEqualTo("Nguyễn Văn An");
        assertThat(robot.lookup("#unitList").queryAs(ListView.class).getItems()).hasSize(1);
    }
}
