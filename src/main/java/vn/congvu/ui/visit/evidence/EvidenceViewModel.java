package vn.congvu.ui.visit.evidence;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.image.Image;
import vn.congvu.app.AppException;
import vn.congvu.app.evidence.EvidenceService;
import vn.congvu.app.evidence.ExifOrientation;
import vn.congvu.app.evidence.Link;
import vn.congvu.app.evidence.MediaKind;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.Evidence;
import vn.congvu.domain.Official;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;
import vn.congvu.ui.common.Background;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The evidence tab: files dropped or picked are copied in the background (several at once with progress
 * and a stop button), listed with upright thumbnails and the time the photo was taken, and each one
 * captioned and linked to a criterion, an official or a dossier of the visit.
 */
public final class EvidenceViewModel {

    static final double THUMBNAIL = 112;
    static final double PREVIEW = 420;
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    /** What became of one file of a batch. */
    enum Outcome { ADDED, DUPLICATE, FAILED }

    private record FileResult(Path file, Outcome outcome, String reason) {
    }

    private final UiContext ctx;
    private final EvidenceService service;
    private final Thumbnails thumbnails;

    private final ObservableList<Evidence> items = FXCollections.observableArrayList();
    private final ObservableMap<String, Image> thumbnailsById = FXCollections.observableHashMap();
    private final ObservableList<LinkChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<LinkChoice> newFilesLink = new SimpleObjectProperty<>(this, "newFilesLink");

    private final ReadOnlyObjectWrapper<Evidence> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final ObjectProperty<LinkChoice> link = new SimpleObjectProperty<>(this, "link");
    private final ReadOnlyObjectWrapper<Image> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper previewProblem = new ReadOnlyStringWrapper(this, "previewProblem");

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly");

    private final AtomicLong generation = new AtomicLong();
    private final List<Path> queued = new ArrayList<>();
    private String visitId;
    private Background.Handle adding;
    /** The evidence in the editor; its saves all go under this key. */
    private AtomicReference<String> editedId = new AtomicReference<>();
    private boolean loadingEditor;

    public EvidenceViewModel(UiContext ctx) {
        this(ctx, Thumbnails.JAVAFX);
    }

    EvidenceViewModel(UiContext ctx, Thumbnails thumbnails) {
        this.ctx = ctx;
        this.service = ctx.workspace().evidence();
        this.thumbnails = thumbnails;
        caption.addListener((o, a, b) -> edited());
        link.addListener((o, a, b) -> {
            edited();
            commit();
        });
    }

    // --- properties ----------------------------------------------------------------------------------

    public ObservableList<Evidence> items() {
        return items;
    }

    public ObservableMap<String, Image> thumbnails() {
        return thumbnailsById;
    }

    public ObservableList<LinkChoice> choices() {
        return choices;
    }

    public ObjectProperty<LinkChoice> newFilesLinkProperty() {
        return newFilesLink;
    }

    public ReadOnlyObjectProperty<Evidence> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty captionProperty() {
        return caption;
    }

    public ObjectProperty<LinkChoice> linkProperty() {
        return link;
    }

    public ReadOnlyObjectProperty<Image> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProblemProperty() {
        return previewProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0–1 while files are being added. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the last batch did, or what is being added now. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    // --- loading -------------------------------------------------------------------------------------

    /** Shows the evidence of a visit (what is being typed for the previous one is saved first). */
    public void load(String visitId) {
        ctx.autosaver().flushAll();
        this.visitId = visitId;
        long g = generation.incrementAndGet();
        select(null);
        items.clear();
        thumbnailsById.clear();
        ctx.background().submit("evidence of visit", p -> Map.entry(service.list(visitId), service.targets(visitId)),
                loaded -> {
                    if (g != generation.get()) {
                        return;
                    }
                    setTargets(loaded.getValue());
                    items.setAll(loaded.getKey());
                    loadThumbnails(List.copyOf(items), g);
                    if (!items.isEmpty()) {
                        select(items.get(0));
                    }
                }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.evidence.loadFailed"),
                        ctx.describe(failure)));
    }

    /** Reloads what evidence can be linked to (officials and dossiers are added in other tabs meanwhile). */
    public void refreshTargets() {
        if (visitId == null) {
            return;
        }
        String v = visitId;
        ctx.background().submit("evidence link targets", p -> service.targets(v), targets -> {
            if (v.equals(visitId)) {
                setTargets(targets);
            }
        }, failure -> { });
    }

    private void setTargets(EvidenceService.Targets targets) {
        Link keepNew = newFilesLink.get() == null ? Link.NONE : newFilesLink.get().link();
        Link keepEdited = link.get() == null ? Link.NONE : link.get().link();
        List<LinkChoice> all = new ArrayList<>();
        all.add(new LinkChoice(Link.NONE, ctx.messages().get("ui.evidence.linkNone")));
        for (Criterion c : targets.criteria()) {
            all.add(new LinkChoice(Link.criterion(c.id()), ctx.messages().get("ui.evidence.linkCriterion", c.code(),
                    c.text())));
        }
        for (Official o : targets.officials()) {
            all.add(new LinkChoice(Link.official(o.id()), ctx.messages().get("ui.evidence.linkOfficial", o.fullName())));
        }
        for (Dossier d : targets.dossiers()) {
            all.add(new LinkChoice(Link.dossier(d.id()), ctx.messages().get("ui.evidence.linkDossier", d.code())));
        }
        boolean wasLoading = loadingEditor;
        loadingEditor = true;
        try {
            choices.setAll(all);
            newFilesLink.set(choiceOf(keepNew));
            link.set(selected.get() == null ? null : choiceOf(keepEdited));
        } finally {
            loadingEditor = wasLoading;
        }
    }

    private LinkChoice choiceOf(Link l) {
        for (LinkChoice c : choices) {
            if (c.link().equals(l)) {
                return c;
            }
        }
        return choices.isEmpty() ? null : choices.get(0);
    }

    private void loadThumbnails(List<Evidence> list, long g) {
        List<Evidence> drawable = list.stream().filter(EvidenceViewModel::drawable).toList();
        if (drawable.isEmpty()) {
            return;
        }
        ctx.background().submit("evidence thumbnails", p -> {
            for (Evidence e : drawable) {
                if (p.isCancelled() || g != generation.get()) {
                    break;
                }
                Image img = thumbnail(e, THUMBNAIL);
                if (img != null) {
                    ctx.background().onUiThread(() -> {
                        if (g == generation.get()) {
                            thumbnailsById.put(e.id(), img);
                        }
                    });
                }
            }
            return null;
        }, done -> { }, failure -> { });
    }

    private static boolean drawable(Evidence e) {
        return MediaKind.ofMediaType(e.mediaType()).map(MediaKind::hasThumbnail).orElse(false);
    }

    /** Null when the kept file is missing or damaged; the list then shows a broken-picture sign. */
    private Image thumbnail(Evidence e, double box) {
        try {
            return thumbnails.load(service.fileOf(e), ExifOrientation.of(e.orientation()), box);
        } catch (Exception ex) {
            return null;
        }
    }

    // --- words for the list --------------------------------------------------------------------------

    public String takenText(Evidence e) {
        return e.takenAt() == null ? ctx.messages().get("ui.evidence.noTime")
                : ctx.messages().get("ui.evidence.takenAt", TAKEN.format(e.takenAt()));
    }

    public String linkText(Evidence e) {
        Link l = Link.of(e);
        if (l.kind() == Link.Kind.NONE) {
            return ctx.messages().get("ui.evidence.linkNone");
        }
        for (LinkChoice c : choices) {
            if (c.link().equals(l)) {
                return c.label();
            }
        }
        return ctx.messages().get("ui.evidence.linkGone");
    }

    public String fileText(Evidence e) {
        String kind = MediaKind.ofMediaType(e.mediaType()).map(k -> k.extension().toUpperCase(Locale.ROOT))
                .orElse(String.valueOf(e.mediaType()));
        return ctx.messages().get("ui.evidence.fileInfo", e.originalName(), kind, size(e.sizeBytes()));
    }

    private String size(long bytes) {
        Locale locale = ctx.messages().locale();
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%.0f KB", bytes / 1024.0);
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024));
    }

    public boolean isPhoto(Evidence e) {
        return MediaKind.ofMediaType(e.mediaType()).map(MediaKind::isPhoto).orElse(false);
    }

    // --- adding files --------------------------------------------------------------------------------

    /** Opens the file chooser and adds what was picked. */
    public void pickFiles() {
        if (readOnly.get() || visitId == null) {
            return;
        }
        List<Path> files = ctx.dialogs().openFiles(ctx.messages().get("ui.evidence.pickTitle"),
                ctx.messages().get("ui.evidence.pickFilter"), MediaKind.CHOOSER_PATTERNS);
        addFiles(files);
    }

    /**
     * Adds files dropped on the tab or picked, in the background, one by one: each appears in the list once
     * it is kept. Files given while others are being added wait their turn.
     */
    public void addFiles(List<Path> files) {
        if (readOnly.get() || visitId == null || files == null || files.isEmpty()) {
            return;
        }
        if (busy.get()) {
            queued.addAll(files);
            return;
        }
        List<Path> batch = List.copyOf(files);
        String v = visitId;
        long g = generation.get();
        Link l = newFilesLink.get() == null ? Link.NONE : newFilesLink.get().link();
        busy.set(true);
        progress.set(0);
        message.set(ctx.messages().get("ui.evidence.adding", 1, batch.size(), batch.get(0).getFileName()));
        // not a save of the autosaver's kind: new rows only, so nothing can overtake it, and the copies may be
        // long, so they run beside the edits that are being saved rather than holding them up
        adding = ctx.background().submit("add evidence", p -> addAll(v, batch, l, g, p),
                (done, text) -> {
                    progress.set(done);
                    message.set(text);
                },
                this::batchDone, failure -> {
                    busy.set(false);
                    ctx.dialogs().showError(ctx.messages().get("ui.evidence.addFailed"), ctx.describe(failure));
                    next();
                });
    }

    private List<FileResult> addAll(String v, List<Path> batch, Link l, long g, Background.Progress p) {
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Path file = batch.get(i);
            if (p.isCancelled()) {
                break;
            }
            p.update(i, batch.size(), ctx.messages().get("ui.evidence.adding", i + 1, batch.size(), file.getFileName()));
            try {
                EvidenceService.Added added = service.add(v, file, l, p::isCancelled);
                Evidence e = added.evidence();
                results.add(new FileResult(file, added.duplicate() ? Outcome.DUPLICATE : Outcome.ADDED, null));
                if (!added.duplicate()) {
                    Image img = drawable(e) ? thumbnail(e, THUMBNAIL) : null;
                    ctx.background().onUiThread(() -> {
                        if (g == generation.get()) {
                            items.add(e);
                            if (img != null) {
                                thumbnailsById.put(e.id(), img);
                            }
                        }
                    });
                }
            } catch (CancellationException e) {
                break;
            } catch (AppException e) {
                results.add(new FileResult(file, Outcome.FAILED, ctx.describe(e)));
            }
        }
        return results;
    }

    private void batchDone(List<FileResult> results) {
        busy.set(false);
        progress.set(-1);
        adding = null;
        long added = results.stream().filter(r -> r.outcome() == Outcome.ADDED).count();
        long duplicate = results.stream().filter(r -> r.outcome() == Outcome.DUPLICATE).count();
        List<FileResult> failed = results.stream().filter(r -> r.outcome() == Outcome.FAILED).toList();
        List<String> parts = new ArrayList<>();
        parts.add(ctx.messages().get("ui.evidence.addedCount", added));
        if (duplicate > 0) {
            parts.add(ctx.messages().get("ui.evidence.duplicateCount", duplicate));
        }
        if (!failed.isEmpty()) {
            parts.add(ctx.messages().get("ui.evidence.failedCount", failed.size()));
        }
        message.set(String.join(" ", parts));
        if (!failed.isEmpty()) {
            StringBuilder why = new StringBuilder();
            for (FileResult f : failed) {
                why.append(f.reason()).append('\n');
            }
            ctx.dialogs().showError(ctx.messages().get("ui.evidence.addFailed"), why.toString().strip());
        }
        next();
    }

    private void next() {
        if (!queued.isEmpty()) {
            List<Path> more = List.copyOf(queued);
            queued.clear();
            addFiles(more);
        }
    }

    /** Stops adding: the file being copied is dropped, those already kept stay. */
    public void cancelAdding() {
        if (adding == null) {
            return;
        }
        adding.cancel();
        adding = null;
        queued.clear();
        busy.set(false);
        progress.set(-1);
        message.set(ctx.messages().get("ui.evidence.cancelled"));
    }

    // --- the editor ----------------------------------------------------------------------------------

    public void select(Evidence e) {
        if (e != null && selected.get() != null && e.id().equals(selected.get().id())) {
            return;
        }
        ctx.autosaver().flushAll();
        loadingEditor = true;
        try {
            editedId = new AtomicReference<>(e == null ? null : e.id());
            selected.set(e);
            caption.set(e == null || e.caption() == null ? "" : e.caption());
            link.set(e == null ? null : choiceOf(Link.of(e)));
        } finally {
            loadingEditor = false;
        }
        preview.set(null);
        previewProblem.set(null);
        if (e != null) {
            loadPreview(e);
        }
    }

    private void loadPreview(Evidence e) {
        if (!drawable(e)) {
            previewProblem.set(ctx.messages().get("ui.evidence.noPreview"));
            return;
        }
        ctx.background().submit("evidence preview", p -> thumbnail(e, PREVIEW), img -> {
            if (selected.get() != null && selected.get().id().equals(e.id())) {
                preview.set(img);
                previewProblem.set(img == null ? ctx.messages().get("ui.evidence.missingFile") : null);
            }
        }, failure -> { });
    }

    private void edited() {
        if (loadingEditor || selected.get() == null || readOnly.get()) {
            return;
        }
        ctx.autosaver().changed(editedId, this::saveJob);
    }

    /** Enter or leaving the caption. */
    public void commit() {
        ctx.autosaver().commit(editedId);
    }

    private Autosaver.Job<?> saveJob() {
        String id = editedId.get();
        if (id == null) {
            return null;
        }
        String text = caption.get();
        Link l = link.get() == null ? Link.NONE : link.get().link();
        return new Autosaver.Job<>("evidence caption", p -> service.describe(id, text, l), this::replace);
    }

    private void replace(Evidence saved) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(saved.id())) {
                items.set(i, saved);
            }
        }
        if (selected.get() != null && selected.get().id().equals(saved.id())) {
            selected.set(saved);
        }
    }

    /** Removes the selected evidence after asking; the kept file stays (see EvidenceService.remove). */
    public void removeSelected() {
        Evidence e = selected.get();
        if (e == null || readOnly.get() || !ctx.dialogs().confirm(ctx.messages().get("ui.evidence.removeTitle"),
                ctx.messages().get("ui.evidence.removeConfirm", e.originalName()))) {
            return;
        }
        ctx.autosaver().flushAll();
        ctx.background().save("remove evidence", p -> {
            service.remove(e.id());
            return e;
        }, removed -> {
            int at = items.indexOf(selected.get());
            items.removeIf(x -> x.id().equals(removed.id()));
            thumbnailsById.remove(removed.id());
            select(items.isEmpty() ? null : items.get(Math.min(Math.max(at, 0), items.size() - 1)));
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.evidence.removeFailed"), ctx.describe(failure)));
    }

    /** Opens the kept copy with the desktop's viewer. */
    public void openSelected() {
        if (selected.get() != null) {
            ctx.dialogs().openWithDesktop(service.fileOf(selected.get()));
        }
    }
}
