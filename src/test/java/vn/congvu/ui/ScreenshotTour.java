package vn.congvu.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.congvu.app.VisitService;
import vn.congvu.app.Workspace;
import vn.congvu.app.demo.DemoGenerator;
import vn.congvu.app.evidence.Link;
import vn.congvu.app.signoff.SignoffService;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Official;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.testing.Jpegs;
import vn.congvu.ui.visit.VisitTab;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Not a test: renders a PNG of every main screen of the real app, headless, on demo data, for the README
 * ({@code .ci/screenshots}). The rail's screens come from {@link Destinations}, so a screen added there is
 * captured without touching this class; then the visit workspace on a rich demo visit with each of its tabs,
 * the start-visit dialog, a plan's dashboard, a few screens in English and in the dark theme.
 *
 * <pre>
 * .ci/screenshots [--out docs/screenshots] [--visits 200] [--work target/screenshots]
 * </pre>
 */
public final class ScreenshotTour {

    static final int WIDTH = 1366;
    static final int HEIGHT = 768;

    /** What to do on a rail screen before it is photographed, so that it shows something typical. */
    private static final Map<String, Consumer<ScreenshotTour>> PREPARE = Map.of(
            "search", tour -> tour.typeInto("#query", "khai sinh"));

    private final Path out;
    private final FxRobot robot = new FxRobot();
    private DesktopApp app;
    private int number;

    private ScreenshotTour(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(option(args, "--out", "docs/screenshots"));
        Path work = Path.of(option(args, "--work", "target/screenshots"));
        int visits = Integer.parseInt(option(args, "--visits", "200"));
        Files.createDirectories(out);
        Files.createDirectories(work);
        Path db = work.resolve("demo.db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
        Demo demo = makeDemo(db, visits, Files.createDirectories(work.resolve("camera")));
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : old.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.png")).toList()) {
                Files.delete(p);
            }
        }
        int status = 0;
        ScreenshotTour tour = new ScreenshotTour(out);
        try {
            tour.run(db, demo);
        } catch (Throwable t) {
            t.printStackTrace();
            status = 1;
        } finally {
            try {
                tour.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }
        System.exit(status);
    }

    /** The demo plan, and its richest visit with photos added, to show every tab with something in it. */
    record Demo(String planId, String visitId) {
    }

    static Demo makeDemo(Path db, int visits, Path camera) throws IOException {
        try (Workspace ws = Workspace.open(db, true, Clock.systemDefaultZone())) {
            DemoGenerator.Result made = new DemoGenerator(ws).generate(visits, 1);
            var rich = ws.visits().list(made.planId()).stream()
                    .max(Comparator.comparingInt((VisitService.VisitRow v) -> richness(ws, v.id())).thenComparing(VisitService.VisitRow::id))
                    .orElseThrow();
            List<Criterion> criteria = ws.evidence().targets(rich.id()).criteria();
            List<Official> officials = ws.visitRecording().load(rich.id()).officials();
            String[] captions = {"Bảng niêm yết thủ tục hành chính", "Quầy tiếp nhận hồ sơ", "Máy lấy số thứ tự",
                    "Hòm thư góp ý", "Khu vực chờ"};
            for (int i = 0; i < captions.length; i++) {
                Path file = Jpegs.write(camera.resolve("IMG_0" + (101 + i) + ".jpg"), picture(captions[i], i), 1,
                        "2025:03:05 09:1" + i + ":00");
                Link link = i == 0 && !criteria.isEmpty() ? Link.criterion(criteria.get(0).id())
                        : i == 1 && !officials.isEmpty() ? Link.official(officials.get(0).id()) : Link.NONE;
                var added = ws.evidence().add(rich.id(), file, link).evidence();
                ws.evidence().describe(added.id(), captions[i], link);
            }
            // the unit's response and the signatures, as the sign-off tab holds them at the end of a visit
            var sheet = ws.signoff().sheet(rich.id());
            var speaker = sheet.representatives().stream().findFirst();
            ws.signoff().saveResponse(rich.id(), speaker.map(r -> r.fullName()).orElse(null),
                    speaker.map(r -> r.position()).orElse(null), "Đơn vị thống nhất với kết quả kiểm tra, tiếp thu các"
                            + " kiến nghị của Đoàn và sẽ khắc phục xong trước ngày 30/09/2025.");
            for (var signer : ws.signoff().addSignersFromVisit(rich.id())) {
                ws.signoff().saveSignature(new SignoffService.SignatureDraft(signer.id(), signer.visitId(), signer.role(),
                        signer.fullName(), signer.position(), SignatureStatus.SIGNED, null));
            }
            return new Demo(made.planId(), rich.id());
        }
    }

    private static int richness(Workspace ws, String visitId) {
        var r = ws.visitRecording().load(visitId);
        return r.answers().size() + 3 * r.officials().size() + 3 * r.dossiers().size()
                + 5 * ws.followUps().sheet(visitId).recommendations().size();
    }

    /** A plain photo-like picture: sky, a wall, a sign with the caption. */
    private static BufferedImage picture(String caption, int seed) {
        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(110, 170, 230), 0, 300, new Color(225, 238, 250)));
        g.fillRect(0, 0, 800, 330);
        g.setColor(new Color(200 - seed * 15, 190, 160 + seed * 10));
        g.fillRect(0, 330, 800, 270);
        g.setColor(new Color(170, 40, 40));
        g.fillRect(110, 200, 580, 180);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
        int width = g.getFontMetrics().stringWidth(caption);
        g.drawString(caption, 400 - width / 2, 300);
        g.dispose();
        return img;
    }

    private void run(Path db, Demo demo) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (DesktopApp) FxToolkit.setupApplication(() -> new DesktopApp(db, "vi", d -> d));
        waitFor(() -> app.window() != null);
        robot.interact(() -> {
            Stage stage = app.stage();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        settle();

        // every screen on the rail, in the rail's order
        List<MainWindow.Destination> rail = Destinations.all(null, null).stream().filter(d -> d.labelKey() != null).toList();
        for (MainWindow.Destination d : rail) {
            robot.interact(() -> app.window().show(d.defaultPlace()));
            settle();
            Consumer<ScreenshotTour> prepare = PREPARE.get(d.id());
            if (prepare != null) {
                prepare.accept(this);
                settle();
            }
            shoot(d.id());
        }

        // the visit workspace, each tab
        robot.interact(() -> app.window().show(new Place.VisitPlace(demo.visitId())));
        settle();
        TabPane tabs = robot.lookup("#tabPane").queryAs(TabPane.class);
        for (Tab tab : new ArrayList<>(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            settle();
            shoot("visit-" + tabName(tab));
        }

        // the start-visit dialog (Ctrl+N), with a unit typed without diacritics
        robot.interact(() -> app.window().show(new Place.Start()));
        settle();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> otherWindow().isPresent());
        settle();
        robot.clickOn("#startUnit").write("khuong dinh");
        settle();
        Window dialog = otherWindow().orElseThrow();
        write(snapshot(dialog.getScene()), next("start-visit-dialog"));
        robot.interact(() -> ((Stage) dialog).close());
        settle();

        // a plan's dashboard
        robot.interact(() -> app.window().show(new Place.Dashboard(demo.planId())));
        settle();
        // the rail's dashboard showed its top already: this one shows the charts below
        robot.interact(() -> robot.lookup(".scroll-pane").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollPane && n.isVisible())
                .forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1)));
        settle();
        shoot("plan-dashboard");

        // in English
        robot.interact(() -> app.switchLanguage(Locale.ENGLISH));
        settle();
        robot.interact(() -> app.window().show(new Place.Start()));
        settle();
        shoot("en-start");
        robot.interact(() -> app.window().show(new Place.VisitPlace(demo.visitId())));
        settle();
        shoot("en-visit-checklist");

        // the dark theme, in Vietnamese
        robot.interact(() -> app.switchLanguage(Locale.forLanguageTag("vi")));
        robot.interact(() -> app.applyTheme("dark"));
        settle();
        robot.interact(() -> app.window().show(new Place.Dashboard(demo.planId())));
        settle();
        shoot("dark-plan-dashboard");
        robot.interact(() -> app.window().show(new Place.VisitPlace(demo.visitId())));
        settle();
        shoot("dark-visit-checklist");
        robot.interact(() -> app.applyTheme("light"));
    }

    private static String tabName(Tab tab) {
        if (tab.getUserData() instanceof VisitTab t) {
            // "ui.visit.tab.checklist" → checklist, "ui.evidence.tab" → evidence
            List<String> parts = new ArrayList<>(List.of(t.titleKey().split("\\.")));
            parts.removeIf(p -> p.equals("ui") || p.equals("visit") || p.equals("tab"));
            return String.join("-", parts).toLowerCase(Locale.ROOT);
        }
        return tab.getId();
    }

    private void typeInto(String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(text));
    }

    private Optional<Window> otherWindow() {
        AtomicReference<Optional<Window>> found = new AtomicReference<>();
        robot.interact(() -> found.set(Window.getWindows().stream()
                .filter(w -> w != app.stage() && w.isShowing() && w instanceof Stage).findFirst()));
        return found.get();
    }

    /** Waits until no background work is on its way to a screen, twice in a row, and the FX queue is empty. */
    private void settle() throws Exception {
        int quiet = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (quiet < 3) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the app did not settle within 60 s");
            }
            WaitForAsyncUtils.waitForFxEvents();
            quiet = app.background().inFlight() == 0 ? quiet + 1 : 0;
            Thread.sleep(150);
        }
        // thumbnails and list cells are made at the next pulses
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(String name) throws Exception {
        write(snapshot(app.stage().getScene()), next(name));
    }

    private Path next(String name) {
        number++;
        return out.resolve(String.format("%02d-%s.png", number, name));
    }

    private WritableImage snapshot(Scene scene) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(scene.snapshot(null)));
        return image.get();
    }

    /** PNG through ImageIO from the pixels (javafx-swing is not needed for this one use). */
    static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, w, h, argb, 0, w);
        ImageIO.write(rgb, "png", file.toFile());
        System.out.printf("%s  %dx%d  %d KB%n", file, w, h, Files.size(file) / 1024);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        Platform.exit();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
