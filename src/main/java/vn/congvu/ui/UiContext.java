package vn.congvu.ui;

import vn.congvu.app.AppException;
import vn.congvu.app.Messages;
import vn.congvu.app.Workspace;
import vn.congvu.ui.common.Autosaver;
import vn.congvu.ui.common.Background;
import vn.congvu.ui.common.DialogService;

import java.time.Clock;

/**
 * What every view and view model of one window needs, passed by constructor (no globals): the open
 * workspace, the language, background work, autosave, dialogs, navigation and the window itself.
 */
public record UiContext(Workspace workspace, Messages messages, Background background, Autosaver autosaver,
                        DialogService dialogs, Navigator navigator, Shell shell, Clock clock) {

    /** A failure as the user should read it, in their language. */
    public String describe(Throwable t) {
        return describe(messages, t);
    }

    public static String describe(Messages messages, Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof AppException ae) {
                return messages.of(ae);
            }
        }
        return messages.get("error.unexpected", String.valueOf(t.getMessage()));
    }
}
