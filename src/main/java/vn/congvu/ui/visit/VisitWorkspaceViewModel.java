package vn.congvu.ui.visit;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.congvu.app.UnitHistory;
import vn.congvu.app.visit.VisitRecord;
import vn.congvu.domain.Answer;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.Official;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitInspector;
import vn.congvu.domain.VisitRepresentative;
import vn.congvu.domain.VisitStatus;
import vn.congvu.domain.scoring.GroupFailures;
import vn.congvu.domain.scoring.VisitScore;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The visit workspace: reads the visit whole in the background, hands its parts to the checklist, officials
 * and dossiers tabs, keeps the header (the start time is edited here) and the live summary, which is
 * computed off the FX thread after every save from what has been saved.
 */
public final class VisitWorkspaceViewModel {

    private final UiContext ctx;
    private final ChecklistViewModel checklist;
    private final OfficialsViewModel officials;
    private final DossiersViewModel dossiers;
    private final AtomicLong loadGeneration = new AtomicLong();
    private final AtomicLong scoreGeneration = new AtomicLong();
    /** The autosave key of the start time field. */
    private final Object startKey = new Object();

    private final ReadOnlyObjectWrapper<VisitRecord> record = new ReadOnlyObjectWrapper<>(this, "record");
    /** Counts the visits opened; the record also changes when only the start time was saved. */
    private final javafx.beans.property.ReadOnlyLongWrapper opened =
            new javafx.beans.property.ReadOnlyLongWrapper(this, "opened");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper(this, "loadError");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyStringWrapper unitName = new ReadOnlyStringWrapper(this, "unitName", "");
    private final ReadOnlyStringWrapper dateText = new ReadOnlyStringWrapper(this, "dateText", "");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyStringWrapper planText = new ReadOnlyStringWrapper(this, "planText", "");
    private final ReadOnlyStringWrapper templateText = new ReadOnlyStringWrapper(this, "templateText", "");
    private final StringProperty startText = new SimpleStringProperty(this, "startText", "");
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper(this, "startError");

    // the live summary
    private final ReadOnlyObjectWrapper<VisitScore> score = new ReadOnlyObjectWrapper<>(this, "score");
    private final ReadOnlyStringWrapper answeredText = new ReadOnlyStringWrapper(this, "answeredText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper verdictsText = new ReadOnlyStringWrapper(this, "verdictsText", "");
    private final ReadOnlyStringWrapper scoreText = new ReadOnlyStringWrapper(this, "scoreText", "");
    private final ObservableList<String> failuresByGroup = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper officialsText = new ReadOnlyStringWrapper(this, "officialsText", "");
    private final ObservableList<String> violators = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper dossiersText = new ReadOnlyStringWrapper(this, "dossiersText", "");
    private final ObservableList<String> overdueDossiers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper photosText = new ReadOnlyStringWrapper(this, "photosText");
    private final ReadOnlyStringWrapper unsavedText = new ReadOnlyStringWrapper(this, "unsavedText");
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private boolean loadingStart;

    public VisitWorkspaceViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.checklist = new ChecklistViewModel(ctx, this::recomputeSummary);
        this.officials = new OfficialsViewModel(ctx, this::recomputeSummary);
        this.dossiers = new DossiersViewModel(ctx, this::recomputeSummary);
        javafx.beans.InvalidationListener unsaved = o -> showUnsaved();
        officials.entries().addListener(unsaved);
        dossiers.entries().addListener(unsaved);
        startText.addListener((o, a, b) -> {
            if (!loadingStart && record.get() != null && !readOnly.get()) {
                validateStart();
                ctx.autosaver().changed(startKey, this::startJob);
            }
        });
    }

    public ChecklistViewModel checklist() {
        return checklist;
    }

    public OfficialsViewModel officials() {
        return officials;
    }

    public DossiersViewModel dossiers() {
        return dossiers;
    }

    /** Opens a visit: what is pending is saved first, then the visit is read in the background. */
    public void open(String visitId) {
        ctx.autosaver().flushAll();
        long generation = loadGeneration.incrementAndGet();
        loading.set(true);
        loadError.set(null);
        ctx.background().submit("open visit", p -> ctx.workspace().visitRecording().load(visitId), loaded -> {
            if (generation == loadGeneration.get()) {
                show(loaded);
                loading.set(false);
            }
        }, failure -> {
            if (generation == loadGeneration.get()) {
                loading.set(false);
                loadError.set(ctx.messages().get("ui.visit.loadFailed", ctx.describe(failure)));
            }
        });
    }

    private void show(VisitRecord r) {
        boolean locked = r.visit().status() == VisitStatus.FINALISED;
        readOnly.set(locked);
        checklist.open(r, locked);
        officials.open(r, locked);
        dossiers.open(r, locked);
        record.set(r);
        unitName.set(r.unitName());
        showVisit(r.visit());
        planText.set(r.plan() == null ? ctx.messages().get("ui.visit.noPlan")
                : ctx.messages().get("ui.visit.planLine", r.plan().number(), r.plan().title()));
        templateText.set(ctx.messages().get("ui.visit.templateLine", r.template().name(), r.template().version()));
        loadingStart = true;
        startText.set(VisitText.dateTime(r.visit().startedAt()));
        loadingStart = false;
        startError.set(null);
        showPeople(r);
        showHistory(r.history());
        checklist.entries().forEach(e -> e.photoMissingProperty().addListener((o, a, b) -> showPhotos()));
        showPhotos();
        recomputeSummary();
        opened.set(opened.get() + 1);
    }

    private void showVisit(Visit v) {
        dateText.set(VisitText.date(v.visitDate()));
        statusText.set(ctx.messages().get("visit.status." + v.status().name()));
    }

    private void showPeople(VisitRecord r) {
        List<String> lines = new ArrayList<>();
        for (VisitInspector i : r.inspectors()) {
            lines.add(ctx.messages().get(i.present() ? "ui.visit.inspectorPresent" : "ui.visit.inspectorAbsent",
                    i.fullName()));
        }
        for (VisitRepresentative p : r.representatives()) {
            lines.add(p.position() == null ? ctx.messages().get("ui.visit.representative", p.fullName())
                    : ctx.messages().get("ui.visit.representativeWithPosition", p.fullName(), p.position()));
        }
        people.setAll(lines);
    }

    private void showHistory(UnitHistory h) {
        List<String> lines = new ArrayList<>();
        if (h != null && !h.isEmpty()) {
            if (!h.lastFailures().isEmpty()) {
                lines.add(ctx.messages().get("ui.visit.history.lastFailures", VisitText.date(h.lastVisitDate()),
                        String.join(", ", h.lastFailures().stream().map(UnitHistory.Failure::criterionCode).toList())));
            }
            h.openRecommendations().forEach(rec -> lines.add(ctx.messages().get("ui.visit.history.recommendation",
                    rec.text())));
            h.openActions().forEach(a -> lines.add(ctx.messages().get("ui.visit.history.action", a.text(),
                    a.deadline() == null ? "—" : VisitText.date(a.deadline()))));
        }
        history.setAll(lines);
    }

    private void showPhotos() {
        List<CriterionEntry> missing = checklist.photosMissing();
        photosText.set(missing.isEmpty() ? null : ctx.messages().get("ui.visit.summary.photosMissing",
                missing.size(), String.join(", ", missing.stream().map(e -> e.criterion().code()).toList())));
    }

    /**
     * Rows that cannot be saved yet (an official without a name, a dossier still missing something or with
     * contradicting dates) are said in the summary, which is always in sight: nothing typed is left unsaved
     * without the inspector seeing it.
     */
    private void showUnsaved() {
        long people = officials.entries().stream().filter(e -> e.nameErrorProperty().get() != null).count();
        long files = dossiers.entries().stream().filter(e -> !e.isBlank()
                && (e.missingProperty().get() != null || e.invalidProperty().get())).count();
        if (people == 0 && files == 0) {
            unsavedText.set(null);
        } else if (people == 0) {
            unsavedText.set(ctx.messages().get("ui.visit.summary.unsavedDossiers", files));
        } else if (files == 0) {
            unsavedText.set(ctx.messages().get("ui.visit.summary.unsavedOfficials", people));
        } else {
            unsavedText.set(ctx.messages().get("ui.visit.summary.unsavedBoth", people, files));
        }
    }

    /** After a save: the figures again, from what is saved, computed in the background. */
    void recomputeSummary() {
        VisitRecord r = record.get();
        if (r == null) {
            return;
        }
        long generation = scoreGeneration.incrementAndGet();
        List<Criterion> criteria = r.criteria();
        List<ChecklistGroup> groups = r.groups();
        List<Answer> answers = checklist.savedAnswers();
        List<Official> officialList = officials.savedOfficials();
        List<Dossier> dossierList = dossiers.savedDossiers();
        LocalDate asOf = currentVisitDate();
        ctx.background().submit("visit summary", p -> ctx.workspace().visitRecording().score(criteria, groups,
                answers, officialList, dossierList, asOf), s -> {
            if (generation == scoreGeneration.get()) {
                showScore(s, officialList, dossierList, asOf);
            }
        }, failure -> scoreText.set(ctx.describe(failure)));
    }

    private LocalDate currentVisitDate() {
        return record.get().visit().visitDate();
    }

    private void showScore(VisitScore s, List<Official> officialList, List<Dossier> dossierList, LocalDate asOf) {
        score.set(s);
        var c = s.criteria();
        answeredText.set(ctx.messages().get("ui.visit.summary.answered", c.answered(), c.total()));
        progress.set(c.total() == 0 ? 0 : (double) c.answered() / c.total());
        verdictsText.set(ctx.messages().get("ui.visit.summary.verdicts", c.passed(), c.failed(), c.notApplicable()));
        scoreText.set(s.score() == null ? ctx.messages().get("ui.visit.summary.noScore")
                : ctx.messages().get("ui.visit.summary.score", VisitText.percent(s.score(), ctx.messages().locale()),
                gradeName(s)));
        List<String> groups = new ArrayList<>();
        for (GroupFailures g : s.failuresByGroup()) {
            if (g.failures() > 0) {
                groups.add(ctx.messages().get("ui.visit.summary.groupFailures", g.code(), g.title(), g.failures()));
            }
        }
        failuresByGroup.setAll(groups);
        officialsText.set(ctx.messages().get("ui.visit.summary.officials", s.officials().withViolation(),
                s.officials().total()));
        violators.setAll(officialList.stream().filter(Official::hasViolation).map(Official::fullName).toList());
        dossiersText.set(ctx.messages().get("ui.visit.summary.dossiers", s.dossiers().overdue(),
                s.dossiers().sampled()));
        var rules = record.get().dossierRules();
        overdueDossiers.setAll(dossierList.stream().filter(d -> rules.overdue(d, asOf)).map(Dossier::code).toList());
    }

    private String gradeName(VisitScore s) {
        return switch (s.grade()) {
            case EXCELLENT -> ctx.messages().get("ui.visit.grade.excellent");
            case GOOD -> ctx.messages().get("ui.visit.grade.good");
            case AVERAGE -> ctx.messages().get("ui.visit.grade.average");
            case POOR -> ctx.messages().get("ui.visit.grade.poor");
        };
    }

    /** The checklist tab is shown again: evidence may have been linked meanwhile (on the evidence tab). */
    public void refreshEvidence() {
        VisitRecord r = record.get();
        if (r == null) {
            return;
        }
        String visitId = r.visit().id();
        long generation = loadGeneration.get();
        ctx.background().submit("evidence links", p -> ctx.workspace().visitRecording().criteriaWithEvidence(visitId),
                ids -> {
                    if (generation == loadGeneration.get()) {
                        checklist.setEvidence(ids);
                    }
                }, failure -> { });
    }

    // --- the start time -----------------------------------------------------------------------------

    public void commitStart() {
        ctx.autosaver().commit(startKey);
    }

    private LocalDateTime validateStart() {
        LocalDateTime start;
        try {
            start = VisitText.parseDateTime(startText.get());
        } catch (VisitText.BadText e) {
            startError.set(ctx.messages().get("ui.visit.dossiers.dateTimeFormat"));
            return null;
        }
        if (start == null) {
            startError.set(ctx.messages().get("error.visit.startMissing"));
            return null;
        }
        LocalDateTime end = record.get().visit().endedAt();
        if (end != null && start.isAfter(end)) {
            startError.set(ctx.messages().get("error.visit.startAfterEnd", VisitText.dateTime(start),
                    VisitText.dateTime(end)));
            return null;
        }
        startError.set(null);
        return start;
    }

    private Autosaver.Job<?> startJob() {
        LocalDateTime start = validateStart();
        VisitRecord r = record.get();
        if (start == null || r == null) {
            return null;
        }
        String visitId = r.visit().id();
        return new Autosaver.Job<>("visit start", p -> ctx.workspace().visitRecording().setStartTime(visitId, start),
                saved -> {
                    VisitRecord current = record.get();
                    if (current != null && current.visit().id().equals(saved.id())) {
                        boolean moved = !saved.visitDate().equals(current.visit().visitDate());
                        record.set(withVisit(current, saved));
                        showVisit(saved);
                        if (moved) {
                            dossiers.visitDateChanged(saved.visitDate());
                            recomputeSummary();
                        }
                    }
                });
    }

    private static VisitRecord withVisit(VisitRecord r, Visit v) {
        return new VisitRecord(v, r.unit(), r.unitName(), r.plan(), r.template(), r.groups(), r.criteria(),
                r.answers(), r.officials(), r.dossiers(), r.evidence(), r.inspectors(), r.representatives(),
                r.history(), r.dossierRules());
    }

    /** Saves everything still waiting for the one-second pause (leaving the screen, switching tabs). */
    public void flush() {
        ctx.autosaver().flushAll();
    }

    // --- properties ---------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<VisitRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    /** Changes once each time a visit has been opened and its parts handed to the tabs. */
    public javafx.beans.property.ReadOnlyLongProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitNameProperty() {
        return unitName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateTextProperty() {
        return dateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty planTextProperty() {
        return planText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty templateTextProperty() {
        return templateText.getReadOnlyProperty();
    }

    public StringProperty startTextProperty() {
        return startText;
    }

    public ReadOnlyStringProperty startErrorProperty() {
        return startError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VisitScore> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty answeredTextProperty() {
        return answeredText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictsTextProperty() {
        return verdictsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoreTextProperty() {
        return scoreText.getReadOnlyProperty();
    }

    public ObservableList<String> failuresByGroup() {
        return failuresByGroup;
    }

    public ReadOnlyStringProperty officialsTextProperty() {
        return officialsText.getReadOnlyProperty();
    }

    public ObservableList<String> violators() {
        return violators;
    }

    public ReadOnlyStringProperty dossiersTextProperty() {
        return dossiersText.getReadOnlyProperty();
    }

    public ObservableList<String> overdueDossiers() {
        return overdueDossiers;
    }

    /** What is typed but cannot be saved yet, or null. */
    public ReadOnlyStringProperty unsavedTextProperty() {
        return unsavedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty photosTextProperty() {
        return photosText.getReadOnlyProperty();
    }

    public ObservableList<String> history() {
        return history;
    }

    public ObservableList<String> people() {
        return people;
    }
}
