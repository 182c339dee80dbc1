package vn.congvu.bench;

import atlantafx.base.theme.PrimerLight;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import vn.congvu.app.Messages;
import vn.congvu.app.VisitService;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Visit;
import vn.congvu.ui.Place;
import vn.congvu.ui.Shell;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;
import vn.congvu.ui.common.FxBackground;
import vn.congvu.ui.common.FxDialogService;
import vn.congvu.ui.common.FxScheduler;
import vn.congvu.ui.common.SaveStatus;
import vn.congvu.ui.common.ViewLoader;
import vn.congvu.ui.visit.VisitWorkspaceView;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Benchmark of the visit workspace (issue 3), not a test: on a database of 10,000 visits, opens visits and
 * switches between their tabs, timing each until the frame that shows it laid out; then, while a robot types
 * into a note and answers criteria with the keys, records the time between FX pulses with an
 * {@link AnimationTimer} and reports the longest gap. Run by {@code .ci/bench-ui} (headless Monocle).
 *
 * <pre>
 * .ci/bench-ui [--db FILE] [--visits N] [--build-only]
 * </pre>
 */
public final class VisitWorkspaceBenchmark {

    private static final double TARGET_MS = 100;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** FX-thread CPU time of the last {@link #timeToFrame}: the app's own work, whatever else runs. */
    private volatile double lastCpuMs;
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Workspace ws;
    private Stage stage;
    private Scene scene;
    private VisitWorkspaceView view;
    private FxBackground background;

    private VisitWorkspaceBenchmark(Workspace ws) {
        this.ws = ws;
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(option(args, "--db", "target/bench/visits-10000.db"));
        int visits = Integer.parseInt(option(args, "--visits", "10000"));
        Files.createDirectories(db.toAbsolutePath().getParent());
        Workspace ws = BenchData.openFilled(db, visits, LocalDate.of(2025, 12, 19));
        if (List.of(args).contains("--build-only")) {
            ws.close();
            return;
        }
        int code = 0;
        try {
            new VisitWorkspaceBenchmark(ws).run(db);
        } catch (Throwable t) {
            t.printStackTrace();
            code = 1;
        } finally {
            ws.close();
        }
        System.exit(code);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private void run(Path db) throws Exception {
        var counts = ws.stats().counts();
        List<VisitService.VisitRow> rows = ws.visits().list(null);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(rows.get((int) ((long) i * (rows.size() - 1) / 24)).id());
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        onFx(this::showWindow);

        List<Double> opens = new ArrayList<>();
        List<Double> openCpu = new ArrayList<>();
        for (String id : ids) {
            Visit v = ws.visits().resolve(id);
            String expected = START.format(v.startedAt());
            opens.add(timeToFrame(() -> view.shown(new Place.VisitPlace(id)),
                    () -> expected.equals(text("#visitStart")) && !text("#visitUnit").isEmpty()));
            openCpu.add(lastCpuMs);
        }
        double coldOpen = opens.remove(0);
        double coldOpenCpu = openCpu.remove(0);

        List<Double> switches = new ArrayList<>();
        List<Double> switchCpu = new ArrayList<>();
        TabPane tabs = (TabPane) scene.lookup("#tabPane");
        for (int i = 1; i <= 30; i++) {
            int target = i % 3;
            switches.add(timeToFrame(() -> tabs.getSelectionModel().select(target),
                    () -> tabs.getSelectionModel().getSelectedIndex() == target));
            switchCpu.add(lastCpuMs);
        }
        double coldSwitch = switches.remove(0);
        double coldSwitchCpu = switchCpu.remove(0);

        // typing into a note, with pauses that let the autosave write (and the summary be recomputed)
        onFx(() -> tabs.getSelectionModel().select(0));
        onFx(() -> ((TextField) scene.lookup("#note-1-1")).requestFocus());
        FrameGaps typing = new FrameGaps();
        typing.start();
        Robot[] robot = new Robot[1];
        onFx(() -> robot[0] = new Robot());
        KeyCode[] letters = {KeyCode.K, KeyCode.H, KeyCode.O, KeyCode.N, KeyCode.G, KeyCode.SPACE, KeyCode.D,
                KeyCode.E, KeyCode.O, KeyCode.SPACE, KeyCode.T, KeyCode.H, KeyCode.E};
        int typed = 0;
        for (int burst = 0; burst < 5; burst++) {
            for (int k = 0; k < 26; k++) {
                KeyCode key = letters[(typed++) % letters.length];
                Platform.runLater(() -> robot[0].keyType(key));
                Thread.sleep(35);
            }
            Thread.sleep(1_300);
        }
        typing.stop();
        String note = onFxGet(() -> ((TextField) scene.lookup("#note-1-1")).getText());

        // answering with single keys: each verdict is written at once and the summary recomputed
        onFx(() -> scene.lookup("#verdict-1-1").requestFocus());
        FrameGaps answering = new FrameGaps();
        answering.start();
        KeyCode[] verdicts = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT1, KeyCode.DIGIT3};
        for (int i = 0; i < 18; i++) {
            KeyCode key = verdicts[i % verdicts.length];
            Platform.runLater(() -> robot[0].keyType(key));
            Thread.sleep(60);
            Platform.runLater(() -> robot[0].keyType(KeyCode.ENTER));
            Thread.sleep(90);
        }
        Thread.sleep(1_500);
        answering.stop();
        String saved = onFxGet(() -> ((Label) scene.lookup("#summaryAnswered")).getText());

        System.out.println();
        System.out.println("Desktop app (issue 3): visit workspace benchmark");
        System.out.printf(Locale.ROOT, "database: %s, %,d visits, %,d answers, %,d officials, %,d dossiers%n", db,
                counts.get("visits"), counts.get("answers"), counts.get("officials"), counts.get("dossiers"));
        System.out.printf(Locale.ROOT, "java %s, %s, %d processors, load average %s (other processes share them)%n",
                System.getProperty("java.version"), System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println();
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s %9s   %s%n", "operation (ms, until the frame showing it)",
                "first", "median", "p95", "max", "target");
        line("open a visit (%d visits)".formatted(opens.size() + 1), coldOpen, opens);
        line("  of which FX-thread CPU", coldOpenCpu, openCpu);
        line("switch tab (%d switches)".formatted(switches.size() + 1), coldSwitch, switches);
        line("  of which FX-thread CPU", coldSwitchCpu, switchCpu);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s %9s   %s%n", "longest gap between FX pulses (ms)", "max",
                "p99", "FX CPU", "frames", "target");
        gaps("typing a note (130 keys, 5 autosaves)", typing);
        gaps("answering 18 criteria with 1/2/3 + Enter", answering);
        System.out.println();
        System.out.println("note typed: " + note.length() + " characters; summary after answering: " + saved);
        onFx(() -> {
            stage.close();
            background.close();
        });
        Platform.exit();
    }

    private void showWindow() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Messages messages = new Messages(Messages.VIETNAMESE);
        Clock clock = Clock.systemDefaultZone();
        background = new FxBackground();
        SaveStatus status = new SaveStatus();
        Autosaver autosaver = new Autosaver(background, new FxScheduler(), status, clock,
                t -> UiContext.describe(messages, t));
        stage = new Stage();
        UiContext ctx = new UiContext(ws, messages, background, autosaver,
                new FxDialogService(() -> stage, messages, background), place -> { }, new Shell() {
            @Override
            public void switchLanguage(Locale locale) {
            }

            @Override
            public void applyTheme(String theme) {
            }
        }, clock);
        view = new ViewLoader(messages.bundle(), ctx).load(VisitWorkspaceView.class).view();
        scene = new Scene(view.root(), 1266, 740);
        scene.getStylesheets().add(VisitWorkspaceView.class.getResource("/vn/congvu/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private String text(String id) {
        Node n = scene.lookup(id);
        return n instanceof Label l ? l.getText() : n instanceof TextField t ? t.getText() : "";
    }

    /**
     * Runs {@code action} on the FX thread and returns the milliseconds until the end of layout of the first
     * pulse in which {@code done} holds.
     */
    private double timeToFrame(Runnable action, BooleanSupplier done) throws Exception {
        CompletableFuture<Double> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (done.getAsBoolean()) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    lastCpuMs = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
                    result.complete((System.nanoTime() - t0) / 1e6);
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            action.run();
            Platform.requestNextPulse();
        });
        AnimationTimer keepPulsing = new AnimationTimer() {
            @Override
            public void handle(long now) {
            }
        };
        Platform.runLater(keepPulsing::start);
        double ms = result.get(30, TimeUnit.SECONDS);
        Platform.runLater(keepPulsing::stop);
        Thread.sleep(150); // let the summary and background work of this step settle before the next
        return ms;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void line(String name, double first, List<Double> rest) {
        List<Double> sorted = new ArrayList<>(rest);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        double max = sorted.get(sorted.size() - 1);
        System.out.printf(Locale.ROOT, "%-44s %9.1f %9.1f %9.1f %9.1f   < %.0f (%s)%n", name, first, median, p95, max,
                TARGET_MS, max < TARGET_MS ? "met" : p95 < TARGET_MS ? "met at p95" : "NOT met");
    }

    private static void gaps(String name, FrameGaps g) {
        List<Double> sorted = g.gapsMs();
        Collections.sort(sorted);
        double max = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
        double p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99)));
        System.out.printf(Locale.ROOT, "%-44s %9.1f %9.1f %9.1f %9d   <= %.0f (%s)%n", name, max, p99,
                g.maxCpuMs(), sorted.size() + 1, TARGET_MS, max <= TARGET_MS ? "met" : "NOT met");
    }

    /** Frame timestamps from an AnimationTimer, which runs once per pulse. */
    private static final class FrameGaps {
        private final List<Long> frames = Collections.synchronizedList(new ArrayList<>());
        private final List<Long> cpu = Collections.synchronizedList(new ArrayList<>());
        private final AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.add(System.nanoTime());
                cpu.add(THREADS.getCurrentThreadCpuTime());
            }
        };

        /** The most FX-thread CPU time spent between two frames: the longest the app itself held a pulse. */
        double maxCpuMs() {
            double max = 0;
            synchronized (cpu) {
                for (int i = 1; i < cpu.size(); i++) {
                    max = Math.max(max, (cpu.get(i) - cpu.get(i - 1)) / 1e6);
                }
            }
            return max;
        }

        void start() throws Exception {
            onFx(timer::start);
        }

        void stop() throws Exception {
            onFx(timer::stop);
        }

        List<Double> gapsMs() {
            List<Double> out = new ArrayList<>();
            synchronized (frames) {
                for (int i = 1; i < frames.size(); i++) {
                    out.add((frames.get(i) - frames.get(i - 1)) / 1e6);
                }
            }
            return out;
        }
    }

    private static void onFx(Runnable r) throws Exception {
        onFxGet(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFxGet(java.util.function.Supplier<T> s) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                out.set(s.get());
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get(30, TimeUnit.SECONDS);
        return out.get();
    }
}
