package vn.congvu.testing;

import vn.congvu.app.Messages;
import vn.congvu.app.Workspace;
import vn.congvu.ui.Place;
import vn.congvu.ui.Shell;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;
import vn.congvu.ui.common.SaveStatus;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A {@link UiContext} on a temporary database, with inline background work and a manual clock. */
public final class UiTestContext implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-05T02:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    public final Workspace workspace;
    public final InlineBackground background = new InlineBackground();
    public final ManualScheduler scheduler = new ManualScheduler();
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final SaveStatus saveStatus = new SaveStatus();
    public final List<Place> visited = new ArrayList<>();
    /** What screens asked of the window: "language:en", "theme:dark". */
    public final List<String> shellCalls = new ArrayList<>();
    private final Shell shell = new Shell() {
        @Override
        public void switchLanguage(java.util.Locale locale) {
            shellCalls.add("language:" + locale.toLanguageTag());
        }

        @Override
        public void applyTheme(String theme) {
            shellCalls.add("theme:" + theme);
        }
    };
    public final UiContext ctx;

    public UiTestContext(Path dir) {
        workspace = Workspace.open(dir.resolve("ui-test.db"), true, CLOCK);
        Messages messages = new Messages(Messages.VIETNAMESE);
        Autosaver autosaver = new Autosaver(background, scheduler, saveStatus, CLOCK,
                t -> UiContext.describe(messages, t));
        ctx = new UiContext(workspace, messages, background, autosaver, dialogs, visited::add, shell, CLOCK);
    }

    @Override
    public void close() {
        workspace.close();
    }
}
