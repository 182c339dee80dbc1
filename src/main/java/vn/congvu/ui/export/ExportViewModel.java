package vn.congvu.ui.export;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congvu.app.Messages;
import vn.congvu.app.export.DocumentSettings;
import vn.congvu.app.export.ExportCancelledException;
import vn.congvu.app.export.ExportProgress;
import vn.congvu.app.export.ExportRequest;
import vn.congvu.app.export.ExportResult;
import vn.congvu.app.export.ExportService;
import vn.congvu.app.export.ExportStep;
import vn.congvu.app.export.IfExists;
import vn.congvu.app.export.OutputCheck;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Background;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One export, from the file chooser to "Mở tệp": the same flow for the minutes, the report and the summary,
 * and for the copy of a shipped template that a team lead edits in Word (Settings).
 *
 * <ol>
 *   <li>the chooser opens in the folder of the last export, proposing a name ({@link ExportNames});</li>
 *   <li>the file is checked: an existing file gets the choice replace / new name / cancel, a file open in Word
 *       the new name or cancel, a folder that cannot be written a message and the chooser again — nothing is
 *       ever overwritten without the user saying so;</li>
 *   <li>the export runs in the background with progress and Cancel (a cancelled export leaves no file);</li>
 *   <li>the result, or the error in the user's language, with Open file and Open folder.</li>
 * </ol>
 * No FX-thread dependency: tests run it with inline background work and scripted dialogs.
 */
public final class ExportViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ExportViewModel.class);

    /** Where the export stands. */
    public enum State {
        /** choosing the file and what to do if it exists */
        CHOOSING,
        /** the user gave up before anything ran */
        ABANDONED,
        RUNNING,
        DONE,
        FAILED,
        CANCELLED
    }

    private final UiContext ctx;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.CHOOSING);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ExportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final AtomicBoolean cancelAsked = new AtomicBoolean();
    private ExportJob job;

    public ExportViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** 0–1, negative while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The step under way, then the outcome (file written, cancelled, or the error). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    private ExportService exports() {
        return ctx.workspace().exports();
    }

    /** Opens the chooser in the last export folder (read in the background), then goes on as the user decides. */
    public void start(ExportJob job) {
        this.job = job;
        ctx.autosaver().flushAll();
        title.set(messages.get(job.kind().titleKey()));
        state.set(State.CHOOSING);
        ctx.background().submit("export folder", p -> ctx.workspace().settings().get(DocumentSettings.LAST_FOLDER)
                        .map(Path::of).filter(Files::isDirectory).orElse(null),
                this::choose, failure -> choose(null));
    }

    private void choose(Path folder) {
        Optional<Path> picked = ctx.dialogs().saveFileIn(title.get(), folder, job.suggestedName(),
                messages.get(job.kind().filterKey()), "*." + job.kind().extension());
        if (picked.isEmpty()) {
            state.set(State.ABANDONED);
            return;
        }
        Path file = ExportNames.withExtension(picked.get(), job.kind());
        ctx.background().submit("export check", p -> exports().check(file), check -> decide(check, folder),
                failure -> {
                    ctx.dialogs().showError(messages.get("ui.export.cannotWrite"), ctx.describe(failure));
                    state.set(State.ABANDONED);
                });
    }

    private void decide(OutputCheck check, Path folder) {
        Path file = check.requested();
        String name = String.valueOf(file.getFileName());
        switch (check.state()) {
            case FREE -> run(ExportRequest.to(file));
            case EXISTS -> {
                String alternative = String.valueOf(check.alternative().getFileName());
                Optional<Integer> choice = ctx.dialogs().choose(messages.get("ui.export.existsTitle"),
                        messages.get("ui.export.existsText", name),
                        List.of(messages.get("ui.export.replace"), messages.get("ui.export.saveAs", alternative)));
                choice.ifPresentOrElse(i -> run(ExportRequest.to(file).ifExists(i == 0 ? IfExists.REPLACE
                        : IfExists.NEW_NAME)), () -> state.set(State.ABANDONED));
            }
            case IN_USE -> {
                String alternative = String.valueOf(check.alternative().getFileName());
                Optional<Integer> choice = ctx.dialogs().choose(messages.get("ui.export.inUseTitle"),
                        messages.get("ui.export.inUseText", name),
                        List.of(messages.get("ui.export.saveAs", alternative)));
                choice.ifPresentOrElse(i -> run(ExportRequest.to(file).ifExists(IfExists.NEW_NAME)),
                        () -> state.set(State.ABANDONED));
            }
            case FOLDER_MISSING, FOLDER_READ_ONLY, IS_FOLDER -> {
                String parent = String.valueOf(file.toAbsolutePath().getParent());
                String why = switch (check.state()) {
                    case FOLDER_MISSING -> messages.get("error.export.folderMissing", parent);
                    case FOLDER_READ_ONLY -> messages.get("error.export.folderReadOnly", parent);
                    default -> messages.get("error.export.isFolder", file.toString());
                };
                ctx.dialogs().showError(messages.get("ui.export.cannotWrite"), why + " "
                        + messages.get("ui.export.pickAgain"));
                choose(folder);
            }
        }
    }

    private void run(ExportRequest request) {
        cancelAsked.set(false);
        result.set(null);
        progress.set(-1);
        message.set(messages.get("ui.export.preparing"));
        state.set(State.RUNNING);
        Path folder = request.output().toAbsolutePath().getParent();
        // on the saves lane, after the edits flushed when the export began: the document has the last word typed
        ctx.background().save("remember export folder", p -> {
            ctx.workspace().settings().put(DocumentSettings.LAST_FOLDER, folder.toString());
            return null;
        }, ok -> export(request), failure -> {
            LOG.warn("export folder not remembered", failure);
            export(request);
        });
    }

    private void export(ExportRequest request) {
        if (cancelAsked.get()) {
            failed(new ExportCancelledException());
            return;
        }
        ExportJob j = job;
        ctx.background().submit("export " + j.kind(), p -> {
            ExportProgress adapted = adapt(p);
            return switch (j.kind()) {
                case MINUTES -> exports().exportMinutes(j.id(), request, adapted);
                case REPORT -> exports().exportReport(j.id(), request, adapted);
                case SUMMARY -> exports().exportSummary(j.id(), request, adapted);
                case MINUTES_TEMPLATE -> exports().copyShippedTemplate(ExportService.TemplateKind.MINUTES, request);
                case REPORT_TEMPLATE -> exports().copyShippedTemplate(ExportService.TemplateKind.REPORT, request);
            };
        }, (fraction, text) -> {
            if (state.get() == State.RUNNING) {
                progress.set(fraction);
                if (!cancelAsked.get()) {
                    message.set(text);
                }
            }
        }, this::finished, this::failed);
    }

    private ExportProgress adapt(Background.Progress p) {
        return new ExportProgress() {
            @Override
            public void update(long done, long total, ExportStep step) {
                p.update(done, total, messages.get(step.messageKey()));
            }

            @Override
            public boolean isCancelled() {
                return cancelAsked.get() || p.isCancelled();
            }
        };
    }

    private void finished(ExportResult written) {
        result.set(written);
        progress.set(1);
        String text = messages.get("ui.export.done", String.valueOf(written.file().getFileName()),
                size(written.sizeBytes()), String.valueOf(written.folder()));
        if (written.photosLeftOut() > 0) {
            text += " " + messages.get("ui.export.photosLeftOut", written.photosLeftOut());
        }
        message.set(text);
        state.set(State.DONE);
    }

    private void failed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ExportCancelledException) {
                message.set(messages.get("error.export.cancelled"));
                state.set(State.CANCELLED);
                return;
            }
        }
        message.set(ctx.describe(failure));
        state.set(State.FAILED);
    }

    /** Stops the export at its next step; the outcome (no file written) follows when it has stopped. */
    public void cancel() {
        if (state.get() == State.RUNNING && !cancelAsked.getAndSet(true)) {
            message.set(messages.get("ui.export.cancelling"));
        }
    }

    /** "Mở tệp": with the desktop's program for .docx / .xlsx, off the FX thread. */
    public void openFile() {
        if (result.get() != null) {
            ctx.dialogs().openWithDesktop(result.get().file());
        }
    }

    /** "Mở thư mục". */
    public void openFolder() {
        if (result.get() != null) {
            ctx.dialogs().openWithDesktop(result.get().folder());
        }
    }

    private String size(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024 * 1024) {
            return messages.get("ui.export.sizeKb", Math.max(1, (bytes + 512) / 1024));
        }
        return messages.get("ui.export.sizeMb", String.format(messages.locale(), "%.1f", bytes / (1024.0 * 1024)));
    }
}
