package vn.congvu.ui.visit.evidence;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.congvu.app.evidence.ExifOrientation;
import vn.congvu.domain.Evidence;
import vn.congvu.domain.Visit;
import vn.congvu.testing.Jpegs;
import vn.congvu.testing.TestVisits;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.common.ViewLoader;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class EvidenceViewTest {

    @TempDir
    static Path dir;

    private UiTestContext t;
    private Visit visit;
    private EvidenceView view;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        t = new UiTestContext(Files.createTempDirectory(dir, "db"));
        visit = TestVisits.start(t.workspace);
        view = new ViewLoader(t.ctx.messages().bundle(), t.ctx).load(EvidenceView.class).view();
        stage.setScene(new Scene(view.root(), 1200, 720));
        stage.show();
        view.load(visit.id());
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static final Map<Character, java.awt.Color> QUARTERS = Map.of('A', java.awt.Color.RED, 'B',
            java.awt.Color.GREEN, 'C', java.awt.Color.BLUE, 'D', java.awt.Color.YELLOW);

    /**
     * A camera's file of the picture "red | green over blue | yellow" taken with the given orientation: the
     * stored quarters as the TIFF definition of the tag places them (see ExifOrientationTest).
     */
    private static Path cameraFile(Path folder, int tag, String quarters) throws Exception {
        boolean sideways = tag >= 5;
        BufferedImage stored = Jpegs.quarters(sideways ? 96 : 128, sideways ? 128 : 96, QUARTERS.get(quarters.charAt(0)),
                QUARTERS.get(quarters.charAt(1)), QUARTERS.get(quarters.charAt(2)), QUARTERS.get(quarters.charAt(3)));
        return Jpegs.write(folder.resolve("orientation-" + tag + ".jpg"), stored, tag, "2025:03:05 09:1" + tag + ":00");
    }

    private static void assertColour(Image image, double fx, double fy, Color expected) {
        Color c = image.getPixelReader().getColor((int) (image.getWidth() * fx), (int) (image.getHeight() * fy));
        assertThat(Math.abs(c.getRed() - expected.getRed()) + Math.abs(c.getGreen() - expected.getGreen())
                + Math.abs(c.getBlue() - expected.getBlue())).as("%s at %.2f,%.2f", c, fx, fy).isLessThan(0.35);
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({"1, ABCD", "2, BADC", "3, DCBA", "4, CDAB", "5, ACBD", "6, BDAC", "7, DBCA", "8, CADB"})
    void everyThumbnailIsShownTheRightWayUp(int tag, String storedQuarters) throws Exception {
        Path file = cameraFile(Files.createTempDirectory(dir, "cam"), tag, storedQuarters);

        Image thumb = Thumbnails.JAVAFX.load(file, ExifOrientation.of(tag), 112);

        assertThat(thumb.getWidth()).isGreaterThan(thumb.getHeight());
        assertColour(thumb, 0.25, 0.25, Color.RED);
        assertColour(thumb, 0.75, 0.25, Color.LIME);
        assertColour(thumb, 0.25, 0.75, Color.BLUE);
        assertColour(thumb, 0.75, 0.75, Color.YELLOW);
    }

    @Test
    void picksFilesListsThemUprightAndSavesTheCaptionOnEnter(FxRobot robot) throws Exception {
        Path camera = Files.createTempDirectory(dir, "cam");
        t.dialogs.files.add(cameraFile(camera, 6, "BDAC"));
        t.dialogs.files.add(Files.writeString(camera.resolve("Phiếu hẹn.pdf"), "%PDF-1.4\n%%EOF\n"));

        robot.clickOn("#addButton");
        // cells and thumbnails are made at the next layout pulse
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".evidence-thumb .image-view")
                .queryAllAs(ImageView.class).stream().anyMatch(v -> v.getImage() != null));

        ListView<Evidence> list = robot.lookup("#list").queryListView();
        assertThat(list.getItems()).extracting(Evidence::originalName)
                .containsExactlyInAnyOrder("orientation-6.jpg", "Phiếu hẹn.pdf");
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).isEqualTo("Đã thêm 2 tệp.");
        assertThat(robot.lookup(".list-cell .label").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("Chụp lúc 09:16 05/03/2025", "Không có thời gian chụp");
        Image thumb = robot.lookup(".evidence-thumb .image-view").queryAllAs(ImageView.class).stream()
                .map(ImageView::getImage).filter(i -> i != null).findFirst().orElseThrow();
        assertThat(thumb.getWidth()).isGreaterThan(thumb.getHeight());

        robot.clickOn("orientation-6.jpg");
        robot.clickOn("#captionField").write("Khong deo the").type(KeyCode.ENTER);

        Evidence stored = t.workspace.evidence().list(visit.id()).stream()
                .filter(e -> e.originalName().equals("orientation-6.jpg")).findFirst().orElseThrow();
        assertThat(stored.caption()).isEqualTo("Khong deo the");
        assertThat(robot.lookup("#previewImage").queryAs(ImageView.class).getImage()).isNotNull();
    }

    @Test
    void filesDroppedOnTheTabAreAddedAndCanBeRemoved(FxRobot robot) throws Exception {
        Path camera = Files.createTempDirectory(dir, "cam");
        List<Path> dropped = List.of(cameraFile(camera, 1, "ABCD"), cameraFile(camera, 3, "DCBA"));
        robot.interact(() -> view.viewModel().addFiles(dropped));
        ListView<Evidence> list = robot.lookup("#list").queryListView();
        assertThat(list.getItems()).hasSize(2);

        robot.clickOn("orientation-1.jpg");
        robot.clickOn("#removeButton");

        assertThat(list.getItems()).extracting(Evidence::originalName).containsExactly("orientation-3.jpg");
        assertThat(t.workspace.evidence().list(visit.id())).hasSize(1);
    }

    @Test
    void aFinalisedVisitShowsItsEvidenceReadOnly(FxRobot robot) {
        robot.interact(() -> view.setReadOnly(true));
        assertThat(robot.lookup("#addButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#captionField").queryAs(TextField.class).isEditable()).isFalse();
    }
}
