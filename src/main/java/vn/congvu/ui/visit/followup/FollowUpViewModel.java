package vn.congvu.ui.visit.followup;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import vn.congvu.app.FieldProblem;
import vn.congvu.app.followup.FollowUpService;
import vn.congvu.app.followup.FollowUpService.ActionDraft;
import vn.congvu.app.followup.FollowUpService.RecommendationDraft;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.CorrectiveAction;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Visit;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.DateInput;
import vn.congvu.ui.common.Autosaver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The recommendations tab: the visit's kiến nghị, each with its biện pháp khắc phục, edited in two forms
 * that save themselves. What is past its deadline is flagged; what cannot be saved is marked at its field
 * and stays on screen.
 */
public final class FollowUpViewModel {

    private final UiContext ctx;
    private final FollowUpService service;

    private final ObservableList<Recommendation> recommendations = FXCollections.observableArrayList();
    private final ObservableList<CorrectiveAction> allActions = FXCollections.observableArrayList();
    private final ObservableList<CorrectiveAction> actions = FXCollections.observableArrayList();
    private final ObservableList<CriterionChoice> criteria = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Visit> visit = new ReadOnlyObjectWrapper<>(this, "visit");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly");
    private final AtomicLong generation = new AtomicLong();

    // the recommendation form
    private final ReadOnlyObjectWrapper<Recommendation> recommendation = new ReadOnlyObjectWrapper<>(this, "recommendation");
    private final ReadOnlyBooleanWrapper recommendationOpen = new ReadOnlyBooleanWrapper(this, "recommendationOpen");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<CriterionChoice> criterion = new SimpleObjectProperty<>(this, "criterion");
    private final StringProperty deadline = new SimpleStringProperty(this, "deadline", "");
    private final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>(this, "status", ActionStatus.OPEN);
    private final ReadOnlyStringWrapper textError = new ReadOnlyStringWrapper(this, "textError");
    private final ReadOnlyStringWrapper deadlineError = new ReadOnlyStringWrapper(this, "deadlineError");
    private AtomicReference<String> recommendationId = new AtomicReference<>();

    // the corrective action form
    private final ReadOnlyObjectWrapper<CorrectiveAction> action = new ReadOnlyObjectWrapper<>(this, "action");
    private final ReadOnlyBooleanWrapper actionOpen = new ReadOnlyBooleanWrapper(this, "actionOpen");
    private final StringProperty actionText = new SimpleStringProperty(this, "actionText", "");
    private final StringProperty responsible = new SimpleStringProperty(this, "responsible", "");
    private final StringProperty actionDeadline = new SimpleStringProperty(this, "actionDeadline", "");
    private final ObjectProperty<ActionStatus> actionStatus = new SimpleObjectProperty<>(this, "actionStatus",
            ActionStatus.OPEN);
    private final StringProperty completedOn = new SimpleStringProperty(this, "completedOn", "");
    private final ReadOnlyStringWrapper actionTextError = new ReadOnlyStringWrapper(this, "actionTextError");
    private final ReadOnlyStringWrapper actionDeadlineError = new ReadOnlyStringWrapper(this, "actionDeadlineError");
    private final ReadOnlyStringWrapper completedOnError = new ReadOnlyStringWrapper(this, "completedOnError");
    private AtomicReference<String> actionId = new AtomicReference<>();

    private boolean loadingForm;

    public FollowUpViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.service = ctx.workspace().followUps();
        for (var p : List.of(text, deadline)) {
            p.addListener((o, a, b) -> recommendationChanged());
        }
        criterion.addListener((o, a, b) -> recommendationChosen());
        status.addListener((o, a, b) -> recommendationChosen());
        for (var p : List.of(actionText, responsible, actionDeadline, completedOn)) {
            p.addListener((o, a, b) -> actionChanged());
        }
        actionStatus.addListener((o, a, b) -> {
            if (!loadingForm && b == ActionStatus.DONE && blank(completedOn.get())) {
                completedOn.set(DateInput.format(today()));
            }
            actionChosen();
        });
    }

    // --- properties ----------------------------------------------------------------------------------

    public ObservableList<Recommendation> recommendations() {
        return recommendations;
    }

    /** The corrective actions of the recommendation in the form. */
    public ObservableList<CorrectiveAction> actions() {
        return actions;
    }

    public ObservableList<CriterionChoice> criteria() {
        return criteria;
    }

    public ReadOnlyObjectProperty<Visit> visitProperty() {
        return visit.getReadOnlyProperty();
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public ReadOnlyObjectProperty<Recommendation> recommendationProperty() {
        return recommendation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty recommendationOpenProperty() {
        return recommendationOpen.getReadOnlyProperty();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<CriterionChoice> criterionProperty() {
        return criterion;
    }

    public StringProperty deadlineProperty() {
        return deadline;
    }

    public ObjectProperty<ActionStatus> statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty textErrorProperty() {
        return textError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deadlineErrorProperty() {
        return deadlineError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CorrectiveAction> actionProperty() {
        return action.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty actionOpenProperty() {
        return actionOpen.getReadOnlyProperty();
    }

    public StringProperty actionTextProperty() {
        return actionText;
    }

    public StringProperty responsibleProperty() {
        return responsible;
    }

    public StringProperty actionDeadlineProperty() {
        return actionDeadline;
    }

    public ObjectProperty<ActionStatus> actionStatusProperty() {
        return actionStatus;
    }

    public StringProperty completedOnProperty() {
        return completedOn;
    }

    public ReadOnlyStringProperty actionTextErrorProperty() {
        return actionTextError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actionDeadlineErrorProperty() {
        return actionDeadlineError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty completedOnErrorProperty() {
        return completedOnError.getReadOnlyProperty();
    }

    public LocalDate today() {
        return LocalDate.now(ctx.clock());
    }

    // --- words for the tables ------------------------------------------------------------------------

    public boolean overdue(Recommendation r) {
        return FollowUpService.overdue(r.deadline(), r.status(), today());
    }

    public boolean overdue(CorrectiveAction a) {
        return FollowUpService.overdue(a.deadline(), a.status(), today());
    }

    public String deadlineText(LocalDate deadline, boolean overdue) {
        if (deadline == null) {
            return ctx.messages().get("ui.followup.noDeadline");
        }
        return overdue ? DateInput.format(deadline) + "\n" + ctx.messages().get("ui.followup.overdueBy",
                java.time.temporal.ChronoUnit.DAYS.between(deadline, today())) : DateInput.format(deadline);
    }

    public String statusText(ActionStatus s) {
        return ctx.messages().get(statusKey(s == null ? ActionStatus.OPEN : s));
    }

    static String statusKey(ActionStatus s) {
        return switch (s) {
            case OPEN -> "ui.followup.statusOpen";
            case IN_PROGRESS -> "ui.followup.statusInProgress";
            case DONE -> "ui.followup.statusDone";
            case CANCELLED -> "ui.followup.statusCancelled";
        };
    }

    public String criterionText(String criterionId) {
        if (criterionId == null) {
            return "";
        }
        for (CriterionChoice c : criteria) {
            if (criterionId.equals(c.id())) {
                return c.label().contains(" ") ? c.label().substring(0, c.label().indexOf(' ')) : c.label();
            }
        }
        return "";
    }

    /** "2/3": corrective actions done of all, for a recommendation. */
    public String actionsText(Recommendation r) {
        List<CorrectiveAction> of = allActions.stream().filter(a -> a.recommendationId().equals(r.id())).toList();
        if (of.isEmpty()) {
            return "";
        }
        long done = of.stream().filter(a -> a.status() == ActionStatus.DONE).count();
        return done + "/" + of.size();
    }

    /** "3 kiến nghị · 1 quá hạn". */
    public String summary() {
        long late = recommendations.stream().filter(this::overdue).count()
                + allActions.stream().filter(this::overdue).count();
        return late == 0 ? ctx.messages().get("ui.followup.count", recommendations.size())
                : ctx.messages().get("ui.followup.countOverdue", recommendations.size(), late);
    }

    // --- loading -------------------------------------------------------------------------------------

    public void load(String visitId) {
        ctx.autosaver().flushAll();
        long g = generation.incrementAndGet();
        ctx.background().submit("follow-ups of visit", p -> service.sheet(visitId), sheet -> {
            if (g != generation.get()) {
                return;
            }
            visit.set(sheet.visit());
            List<CriterionChoice> choices = new ArrayList<>();
            choices.add(new CriterionChoice(null, ctx.messages().get("ui.followup.noCriterion")));
            for (Criterion c : sheet.criteria()) {
                choices.add(new CriterionChoice(c.id(), c.code() + " — " + c.text()));
            }
            criteria.setAll(choices);
            allActions.setAll(sheet.actions());
            recommendations.setAll(sheet.recommendations());
            closeRecommendation();
            if (!recommendations.isEmpty()) {
                selectRecommendation(recommendations.get(0));
            }
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.followup.loadFailed"), ctx.describe(failure)));
    }

    private void closeRecommendation() {
        loadingForm = true;
        try {
            recommendationId = new AtomicReference<>();
            recommendation.set(null);
            recommendationOpen.set(false);
            text.set("");
            criterion.set(criteria.isEmpty() ? null : criteria.get(0));
            deadline.set("");
            status.set(ActionStatus.OPEN);
            textError.set(null);
            deadlineError.set(null);
            actions.clear();
            closeAction();
        } finally {
            loadingForm = false;
        }
    }

    private void closeAction() {
        boolean was = loadingForm;
        loadingForm = true;
        try {
            actionId = new AtomicReference<>();
            action.set(null);
            actionOpen.set(false);
            actionText.set("");
            responsible.set("");
            actionDeadline.set("");
            actionStatus.set(ActionStatus.OPEN);
            completedOn.set("");
            actionTextError.set(null);
            actionDeadlineError.set(null);
            completedOnError.set(null);
        } finally {
            loadingForm = was;
        }
    }

    // --- recommendations -----------------------------------------------------------------------------

    /** Opens an empty recommendation; it is stored once it has a text. */
    public void addRecommendation() {
        if (readOnly.get() || visit.get() == null) {
            return;
        }
        ctx.autosaver().flushAll();
        closeRecommendation();
        recommendationOpen.set(true);
    }

    public void selectRecommendation(Recommendation r) {
        if (r == null || r.id().equals(recommendationId.get())) {
            return;
        }
        ctx.autosaver().flushAll();
        closeRecommendation();
        loadingForm = true;
        try {
            recommendationId = new AtomicReference<>(r.id());
            recommendation.set(r);
            recommendationOpen.set(true);
            text.set(r.text());
            criterion.set(criterionChoice(r.criterionId()));
            deadline.set(DateInput.format(r.deadline()));
            status.set(r.status());
            actions.setAll(actionsOf(r.id()));
        } finally {
            loadingForm = false;
        }
        if (!actions.isEmpty()) {
            selectAction(actions.get(0));
        }
    }

    private List<CorrectiveAction> actionsOf(String recommendationId) {
        return allActions.stream().filter(a -> a.recommendationId().equals(recommendationId)).toList();
    }

    private CriterionChoice criterionChoice(String id) {
        for (CriterionChoice c : criteria) {
            if (c.id() == null ? id == null : c.id().equals(id)) {
                return c;
            }
        }
        return criteria.isEmpty() ? null : criteria.get(0);
    }

    private void recommendationChanged() {
        if (loadingForm || !recommendationOpen.get() || readOnly.get()) {
            return;
        }
        recommendationDraft();
        ctx.autosaver().changed(recommendationId, this::recommendationJob);
    }

    private void recommendationChosen() {
        recommendationChanged();
        commitRecommendation();
    }

    /** Enter, Tab or leaving a field of the recommendation form. */
    public void commitRecommendation() {
        if (!loadingForm) {
            ctx.autosaver().commit(recommendationId);
        }
    }

    /** The form as a draft, with its problems shown at their fields; null when it cannot be saved. */
    private RecommendationDraft recommendationDraft() {
        Visit v = visit.get();
        DateInput.Parsed<LocalDate> d = DateInput.date(deadline.get(), v.visitDate());
        RecommendationDraft draft = new RecommendationDraft(recommendationId.get(), v.id(), text.get(),
                criterion.get() == null ? null : criterion.get().id(), d.value(), status.get());
        List<FieldProblem> problems = FollowUpService.check(draft, v.visitDate());
        textError.set(message(problems, FollowUpService.TEXT));
        deadlineError.set(d.valid() ? message(problems, FollowUpService.DEADLINE)
                : ctx.messages().get("ui.followup.dateInvalid", deadline.get().strip()));
        return problems.isEmpty() && d.valid() ? draft : null;
    }

    private String message(List<FieldProblem> problems, String field) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst()
                .map(p -> ctx.messages().get(p.key(), p.args().toArray())).orElse(null);
    }

    private Autosaver.Job<?> recommendationJob() {
        RecommendationDraft draft = recommendationDraft();
        if (draft == null) {
            return null;
        }
        AtomicReference<String> id = recommendationId;
        return new Autosaver.Job<>("recommendation", p -> {
            Recommendation saved = service.saveRecommendation(new RecommendationDraft(id.get(), draft.visitId(),
                    draft.text(), draft.criterionId(), draft.deadline(), draft.status()));
            id.set(saved.id());
            return saved;
        }, saved -> {
            replace(recommendations, saved, Recommendation::id);
            if (id == recommendationId) {
                recommendation.set(saved);
            }
        });
    }

    /** Removes the recommendation in the form and its corrective actions, after asking. */
    public void removeRecommendation() {
        Recommendation r = recommendation.get();
        if (r == null || readOnly.get()) {
            if (r == null && recommendationOpen.get()) {
                closeRecommendation(); // a new one never saved: nothing to remove but the empty form
            }
            return;
        }
        if (!ctx.dialogs().confirm(ctx.messages().get("ui.followup.removeTitle"),
                ctx.messages().get("ui.followup.removeConfirm", r.text(), actionsOf(r.id()).size()))) {
            return;
        }
        ctx.autosaver().flushAll();
        ctx.background().save("remove recommendation", p -> {
            service.removeRecommendation(r.id());
            return r;
        }, removed -> {
            recommendations.removeIf(x -> x.id().equals(removed.id()));
            allActions.removeIf(a -> a.recommendationId().equals(removed.id()));
            closeRecommendation();
            if (!recommendations.isEmpty()) {
                selectRecommendation(recommendations.get(0));
            }
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.followup.removeFailed"), ctx.describe(failure)));
    }

    // --- corrective actions --------------------------------------------------------------------------

    /** Opens an empty corrective action of the recommendation in the form; stored once it has a text. */
    public void addAction() {
        if (readOnly.get() || recommendation.get() == null) {
            return;
        }
        ctx.autosaver().flushAll();
        closeAction();
        actionOpen.set(true);
    }

    public void selectAction(CorrectiveAction a) {
        if (a == null || a.id().equals(actionId.get())) {
            return;
        }
        ctx.autosaver().flushAll();
        closeAction();
        loadingForm = true;
        try {
            actionId = new AtomicReference<>(a.id());
            action.set(a);
            actionOpen.set(true);
            actionText.set(a.text());
            responsible.set(a.responsible() == null ? "" : a.responsible());
            actionDeadline.set(DateInput.format(a.deadline()));
            actionStatus.set(a.status());
            completedOn.set(DateInput.format(a.completedOn()));
        } finally {
            loadingForm = false;
        }
    }

    private void actionChanged() {
        if (loadingForm || !actionOpen.get() || readOnly.get()) {
            return;
        }
        actionDraft();
        ctx.autosaver().changed(actionId, this::actionJob);
    }

    private void actionChosen() {
        actionChanged();
        commitAction();
    }

    public void commitAction() {
        if (!loadingForm) {
            ctx.autosaver().commit(actionId);
        }
    }

    private ActionDraft actionDraft() {
        Visit v = visit.get();
        Recommendation r = recommendation.get();
        if (r == null) {
            return null;
        }
        DateInput.Parsed<LocalDate> d = DateInput.date(actionDeadline.get(), v.visitDate());
        DateInput.Parsed<LocalDate> done = DateInput.date(completedOn.get(), today());
        ActionDraft draft = new ActionDraft(actionId.get(), r.id(), actionText.get(), responsible.get(), d.value(),
                actionStatus.get(), done.value());
        List<FieldProblem> problems = FollowUpService.check(draft, v.visitDate(), today());
        actionTextError.set(message(problems, FollowUpService.TEXT));
        actionDeadlineError.set(d.valid() ? message(problems, FollowUpService.DEADLINE)
                : ctx.messages().get("ui.followup.dateInvalid", actionDeadline.get().strip()));
        completedOnError.set(done.valid() ? message(problems, FollowUpService.COMPLETED_ON)
                : ctx.messages().get("ui.followup.dateInvalid", completedOn.get().strip()));
        return problems.isEmpty() && d.valid() && done.valid() ? draft : null;
    }

    private Autosaver.Job<?> actionJob() {
        ActionDraft draft = actionDraft();
        if (draft == null) {
            return null;
        }
        AtomicReference<String> id = actionId;
        return new Autosaver.Job<>("corrective action", p -> {
            CorrectiveAction saved = service.saveAction(new ActionDraft(id.get(), draft.recommendationId(),
                    draft.text(), draft.responsible(), draft.deadline(), draft.status(), draft.completedOn()));
            id.set(saved.id());
            return saved;
        }, saved -> {
            replace(allActions, saved, CorrectiveAction::id);
            Recommendation r = recommendation.get();
            if (r != null && r.id().equals(saved.recommendationId())) {
                replace(actions, saved, CorrectiveAction::id);
            }
            if (id == actionId) {
                action.set(saved);
            }
            // the recommendation's line shows how many of its actions are done
            recommendations.replaceAll(x -> x);
        });
    }

    public void removeAction() {
        CorrectiveAction a = action.get();
        if (a == null || readOnly.get()) {
            if (a == null && actionOpen.get()) {
                closeAction();
            }
            return;
        }
        if (!ctx.dialogs().confirm(ctx.messages().get("ui.followup.removeActionTitle"),
                ctx.messages().get("ui.followup.removeActionConfirm", a.text()))) {
            return;
        }
        ctx.autosaver().flushAll();
        ctx.background().save("remove corrective action", p -> {
            service.removeAction(a.id());
            return a;
        }, removed -> {
            allActions.removeIf(x -> x.id().equals(removed.id()));
            actions.removeIf(x -> x.id().equals(removed.id()));
            closeAction();
            recommendations.replaceAll(x -> x);
            if (!actions.isEmpty()) {
                selectAction(actions.get(0));
            }
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.followup.removeFailed"), ctx.describe(failure)));
    }

    private static <T> void replace(ObservableList<T> list, T saved, java.util.function.Function<T, String> id) {
        for (int i = 0; i < list.size(); i++) {
            if (id.apply(list.get(i)).equals(id.apply(saved))) {
                list.set(i, saved);
                return;
            }
        }
        list.add(saved);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
