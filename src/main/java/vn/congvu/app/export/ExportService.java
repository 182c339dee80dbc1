package vn.congvu.app.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congvu.app.AppException;
import vn.congvu.app.LocalizedText;
import vn.congvu.app.Workspace;
import vn.congvu.app.exchange.FinalisationService;
import vn.congvu.domain.Plan;
import vn.congvu.domain.Visit;
import vn.congvu.report.minutes.MinutesDocument;
import vn.congvu.report.minutes.MinutesModel;
import vn.congvu.report.minutes.MinutesModel.PhotoEntry;
import vn.congvu.report.photo.PhotoLoader;
import vn.congvu.report.plan.PlanReportDocument;
import vn.congvu.report.plan.PlanReportModel;
import vn.congvu.report.summary.SummaryData;
import vn.congvu.report.summary.SummaryWorkbook;
import vn.congvu.report.summary.SummaryWriter;
import vn.congvu.report.word.TagLocation;
import vn.congvu.report.word.TemplateException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Exports the minutes of a visit, the team's report over a plan and the summary workbook. Shared by the
 * desktop app (buttons on the visit and plan screens) and the command line ({@code export …}).
 *
 * <p>The rule is that nothing is ever overwritten silently and no half-written file is ever left under the
 * name asked for:
 * <ol>
 *   <li>{@link #check(Path)} tells the caller whether the file exists or is open in Word, and offers a free
 *       name beside it; the caller asks the user;</li>
 *   <li>the export is called with the user's choice in {@link ExportRequest#ifExists()}; it checks again
 *       (the user may have opened the file meanwhile) and refuses with a message if the choice no longer
 *       fits;</li>
 *   <li>the document is written to a temporary file in the same folder and moved over the name at the end.</li>
 * </ol>
 * All failures are {@link AppException}s with a message key; a cancelled export throws
 * {@link ExportCancelledException}. Runs on the caller's thread: the UI calls it in the background.
 */
public final class ExportService {

    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);

    private final Workspace ws;
    private final DocumentSettings settings;
    private final MinutesDocument minutes = new MinutesDocument();
    private final PlanReportDocument report = new PlanReportDocument();
    private final PhotoLoader photos = new PhotoLoader();

    public ExportService(Workspace ws) {
        this.ws = ws;
        this.settings = new DocumentSettings(ws.settings());
    }

    /**
     * Loads the document libraries (POI, XMLBeans' schema types, poi-tl) by checking the shipped templates, so
     * that the first export of a session is not the one that pays for it (about 1.5 s on a team laptop). The
     * desktop app calls it once in the background after its window shows; it writes nothing.
     */
    public void warmUp() {
        checkMinutesTemplate(null);
        checkReportTemplate(null);
    }

    /** Where {@code file} stands: free, existing, open in an office program, or not writable. */
    public OutputCheck check(Path file) {
        return OutputTarget.check(file);
    }

    /** Checks a Word template for the minutes (e.g. when a team lead picks one in Settings); throws if unusable. */
    public void checkMinutesTemplate(Path template) {
        withTemplate(template, null, MinutesDocument.SHIPPED_TEMPLATE, minutes::check);
    }

    /** Checks a Word template for the team's report. */
    public void checkReportTemplate(Path template) {
        withTemplate(template, null, PlanReportDocument.SHIPPED_TEMPLATE, report::check);
    }

    /** The two Word templates a team lead can copy, edit in Word and point the settings at. */
    public enum TemplateKind {
        MINUTES(MinutesDocument.SHIPPED_TEMPLATE, DocumentSettings.MINUTES_TEMPLATE),
        REPORT(PlanReportDocument.SHIPPED_TEMPLATE, DocumentSettings.REPORT_TEMPLATE);

        private final String resource;
        private final String settingKey;

        TemplateKind(String resource, String settingKey) {
            this.resource = resource;
            this.settingKey = settingKey;
        }

        /** The settings key that points the app at an edited copy. */
        public String settingKey() {
            return settingKey;
        }
    }

    /** Saves a copy of a shipped template, to be edited in Word ("Lưu bản mẫu để sửa…" in Settings). */
    public ExportResult copyShippedTemplate(TemplateKind kind, ExportRequest request) {
        Path target = target(request);
        AtomicFile.write(target, tmp -> {
            try (InputStream in = ExportService.class.getResourceAsStream(kind.resource)) {
                if (in == null) {
                    throw new IllegalStateException("shipped template missing from the jar: " + kind.resource);
                }
                Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }, () -> { });
        return result(target, 0);
    }

    /** Biên bản kiểm tra of one visit (id or its first characters), as .docx. */
    public ExportResult exportMinutes(String visitId, ExportRequest request, ExportProgress progress) {
        Visit visit = ws.visits().resolve(visitId);
        Path target = target(request);
        progress.update(0, 1, ExportStep.READING);
        MinutesAssembler.Assembled assembled = ws.db().read(c ->
                new MinutesAssembler(ws, settings, ws.calendar().calendar()).read(c, visit));
        List<PhotoEntry> loaded = new ArrayList<>();
        int leftOut = 0;
        int done = 0;
        for (MinutesAssembler.PhotoSlot slot : assembled.photos()) {
            cancelIfAsked(progress);
            PhotoLoader.Result result = slot.path() == null ? new PhotoLoader.Result(null, PhotoLoader.Problem.MISSING)
                    : photos.load(new PhotoLoader.Request(slot.path(), slot.sha256(), slot.orientation()));
            if (result.photo() == null) {
                leftOut++;
                LOG.warn("photo {} of visit {} left out: {}", slot.path(), visit.id(), result.problem());
            }
            loaded.add(new PhotoEntry(slot.number(), slot.subject(), slot.takenAt(), slot.fileName(), result.photo(),
                    result.problem()));
            progress.update(++done, assembled.photos().size(), ExportStep.PHOTOS);
        }
        MinutesModel model = assembled.model().withPhotos(loaded).withFinalisation(finalisation(visit.id()));
        cancelIfAsked(progress);
        progress.update(0, 1, ExportStep.WRITING);
        withTemplate(request.template(), DocumentSettings.MINUTES_TEMPLATE, MinutesDocument.SHIPPED_TEMPLATE,
                in -> AtomicFile.write(target, tmp -> minutes.write(model, in, tmp), () -> cancelIfAsked(progress)));
        progress.update(1, 1, ExportStep.FINISHING);
        return result(target, leftOut);
    }

    /** Báo cáo kết quả kiểm tra of one plan (id or its first characters), as .docx. */
    public ExportResult exportReport(String planId, ExportRequest request, ExportProgress progress) {
        Plan plan = ws.plans().resolve(planId);
        Path target = target(request);
        LocalDate today = LocalDate.now(ws.clock());
        PlanReportModel model = ws.db().read(c ->
                new PlanReportAssembler(ws, settings, ws.calendar().calendar()).read(c, plan, today, progress));
        cancelIfAsked(progress);
        progress.update(0, 1, ExportStep.WRITING);
        withTemplate(request.template(), DocumentSettings.REPORT_TEMPLATE, PlanReportDocument.SHIPPED_TEMPLATE,
                in -> AtomicFile.write(target, tmp -> report.write(model, in, tmp), () -> cancelIfAsked(progress)));
        progress.update(1, 1, ExportStep.FINISHING);
        return result(target, 0);
    }

    /** Bảng tổng hợp of one plan, or of every visit when {@code planId} is null, as .xlsx. */
    public ExportResult exportSummary(String planId, ExportRequest request, ExportProgress progress) {
        Plan plan = planId == null ? null : ws.plans().resolve(planId);
        Path target = target(request);
        SummaryWorkbook workbook = new SummaryWorkbook();
        LocalDate today = LocalDate.now(ws.clock());
        AtomicFile.write(target, tmp -> {
            try (SummaryWriter writer = workbook.open(tmp, progress::isCancelled)) {
                SummaryData data;
                try (RowPipe rows = new RowPipe(writer)) {
                    data = ws.db().read(c -> new SummarySource(ws, c, plan, today, ws.calendar().calendar(), progress)
                            .read(rows));
                    rows.finish();
                }
                cancelIfAsked(progress);
                progress.update(0, 1, ExportStep.WRITING);
                writer.finish(data);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (CancellationException e) {
                throw new ExportCancelledException();
            }
        }, () -> cancelIfAsked(progress));
        progress.update(1, 1, ExportStep.FINISHING);
        return result(target, 0);
    }

    /** The hash of what was signed and the day, when the visit is finalised now; null while it is open. */
    private MinutesModel.Finalisation finalisation(String visitId) {
        return ws.finalisation().finalisedHash(visitId).map(hash -> {
            LocalDate on = ws.finalisation().versions(visitId).stream()
                    .filter(v -> v.current() && hash.equals(v.hash()) && v.finalisedAt() != null)
                    .map(v -> LocalDate.ofInstant(v.finalisedAt(), ws.clock().getZone()))
                    .findFirst().orElse(null);
            return new MinutesModel.Finalisation(hash, FinalisationService.shortHash(hash), on);
        }).orElse(null);
    }

    private ExportResult result(Path target, int leftOut) {
        long size;
        try {
            size = Files.size(target);
        } catch (IOException e) {
            size = -1;
        }
        return new ExportResult(target, size, leftOut);
    }

    private static void cancelIfAsked(ExportProgress progress) {
        if (progress.isCancelled()) {
            throw new ExportCancelledException();
        }
    }

    /** The file to write, after checking the request against what is there now. */
    static Path target(ExportRequest request) {
        OutputCheck check = OutputTarget.check(request.output());
        String file = check.requested().toString();
        return switch (check.state()) {
            case FREE -> check.requested();
            case FOLDER_MISSING -> throw new AppException("error.export.folderMissing",
                    String.valueOf(check.requested().getParent()));
            case FOLDER_READ_ONLY -> throw new AppException("error.export.folderReadOnly",
                    String.valueOf(check.requested().getParent()));
            case IS_FOLDER -> throw new AppException("error.export.isFolder", file);
            case EXISTS -> switch (request.ifExists()) {
                case REPLACE -> check.requested();
                case NEW_NAME -> check.alternative();
                case REFUSE -> throw new AppException("error.export.exists", file, check.alternative().toString());
            };
            case IN_USE -> {
                if (request.ifExists() == IfExists.NEW_NAME) {
                    yield check.alternative();
                }
                throw new AppException("error.export.inUse", file, check.alternative().toString());
            }
        };
    }

    /** Runs {@code work} on the template: the one given, else the one in the settings, else the shipped one. */
    private void withTemplate(Path explicit, String settingKey, String shipped, TemplateWork work) {
        Path chosen = explicit;
        if (chosen == null && settingKey != null) {
            String configured = settings.template(settingKey);
            chosen = configured == null ? null : Path.of(configured);
        }
        Object name = chosen == null ? new LocalizedText("export.template.shipped") : chosen.toString();
        try (InputStream in = chosen == null ? ExportService.class.getResourceAsStream(shipped) : Files.newInputStream(chosen)) {
            if (in == null) {
                throw new IllegalStateException("shipped template missing from the jar: " + shipped);
            }
            work.run(in);
        } catch (NoSuchFileException e) {
            throw new AppException(e, "error.export.templateMissing", name);
        } catch (TemplateException e) {
            throw templateProblem(e, name);
        } catch (IOException e) {
            throw new AppException(e, "error.export.templateUnreadable", name);
        }
    }

    @FunctionalInterface
    private interface TemplateWork {
        void run(InputStream template) throws IOException;
    }

    static AppException templateProblem(TemplateException e, Object template) {
        LOG.info("template refused: {}", e.getMessage());
        if (e.problem() == TemplateException.Problem.UNREADABLE) {
            return new AppException(e, "error.export.templateUnreadable", template);
        }
        if (e.problem() == TemplateException.Problem.UNBALANCED) {
            return new AppException(e, "error.export.templateUnbalanced", template, String.valueOf(e.tag()));
        }
        return new AppException(e, "error.export.template." + e.problem().name(), template, e.tag(), where(e.location()));
    }

    static LocalizedText where(TagLocation l) {
        if (l == null) {
            return new LocalizedText("export.location.OTHER");
        }
        String excerpt = l.excerpt() == null ? "" : l.excerpt();
        return switch (l.part()) {
            case BODY -> new LocalizedText("export.location.BODY", l.paragraph(), excerpt);
            case TABLE -> new LocalizedText("export.location.TABLE", l.table(), l.row(), l.cell(), excerpt);
            case HEADER -> new LocalizedText("export.location.HEADER", l.paragraph());
            case FOOTER -> new LocalizedText("export.location.FOOTER", l.paragraph());
            case OTHER -> new LocalizedText("export.location.OTHER");
        };
    }
}
