package vn.congvu.ui.plans;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.congvu.app.PlanDetails;
import vn.congvu.app.PlanService;
import vn.congvu.app.SettingsService;
import vn.congvu.domain.Decision;
import vn.congvu.domain.Plan;
import vn.congvu.domain.PlanStatus;
import vn.congvu.domain.TeamMember;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Plans and their teams: the plan's number, date, period, title and scope; the decision that set up the
 * team; the team's members with their roles; the units to visit. Every field saves itself.
 */
public final class PlansViewModel {

    private final UiContext ctx;
    private final PlanService plans;

    private final ObservableList<PlanService.PlanSummary> list = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PlanDetails> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    // plan
    private final StringProperty number = new SimpleStringProperty(this, "number", "");
    private final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>(this, "issuedOn");
    private final StringProperty year = new SimpleStringProperty(this, "year", "");
    private final ObjectProperty<LocalDate> periodStart = new SimpleObjectProperty<>(this, "periodStart");
    private final ObjectProperty<LocalDate> periodEnd = new SimpleObjectProperty<>(this, "periodEnd");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty scope = new SimpleStringProperty(this, "scope", "");
    private final ObjectProperty<PlanStatus> status = new SimpleObjectProperty<>(this, "status", PlanStatus.DRAFT);
    private final ReadOnlyStringWrapper yearError = new ReadOnlyStringWrapper(this, "yearError");
    private final ReadOnlyStringWrapper periodError = new ReadOnlyStringWrapper(this, "periodError");
    // decision
    private final StringProperty decisionNumber = new SimpleStringProperty(this, "decisionNumber", "");
    private final ObjectProperty<LocalDate> decisionDate = new SimpleObjectProperty<>(this, "decisionDate");
    private final StringProperty decisionSigner = new SimpleStringProperty(this, "decisionSigner", "");
    private final StringProperty decisionIssuer = new SimpleStringProperty(this, "decisionIssuer", "");
    // team and units
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<PlanDetails.PlannedUnit> units = FXCollections.observableArrayList();

    private final Object planKey = new Object();
    private final Object decisionKey = new Object();
    private boolean loading;

    public PlansViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.plans = ctx.workspace().plans();
        for (var p : List.of(number, year, title, scope)) {
            p.addListener((o, a, b) -> planChanged());
        }
        for (var p : List.of(issuedOn, periodStart, periodEnd)) {
            p.addListener((o, a, b) -> planChanged());
        }
        status.addListener((o, a, b) -> planChanged());
        for (var p : List.of(decisionNumber, decisionSigner, decisionIssuer)) {
            p.addListener((o, a, b) -> decisionChanged());
        }
        decisionDate.addListener((o, a, b) -> decisionChanged());
    }

    public ObservableList<PlanService.PlanSummary> plans() {
        return list;
    }

    public ReadOnlyObjectProperty<PlanDetails> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty numberProperty() {
        return number;
    }

    public ObjectProperty<LocalDate> issuedOnProperty() {
        return issuedOn;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public ObjectProperty<LocalDate> periodStartProperty() {
        return periodStart;
    }

    public ObjectProperty<LocalDate> periodEndProperty() {
        return periodEnd;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    public ObjectProperty<PlanStatus> statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty yearErrorProperty() {
        return yearError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty periodErrorProperty() {
        return periodError.getReadOnlyProperty();
    }

    public StringProperty decisionNumberProperty() {
        return decisionNumber;
    }

    public ObjectProperty<LocalDate> decisionDateProperty() {
        return decisionDate;
    }

    public StringProperty decisionSignerProperty() {
        return decisionSigner;
    }

    public StringProperty decisionIssuerProperty() {
        return decisionIssuer;
    }

    public ObservableList<MemberRow> members() {
        return members;
    }

    public ObservableList<PlanDetails.PlannedUnit> units() {
        return units;
    }

    /** Loads the list of plans and opens {@code planId} (or the first plan, or nothing). */
    public void refresh(String planId) {
        ctx.background().submit("plans", p -> Map.entry(plans.list(),
                ctx.workspace().settings().get(SettingsService.UI_LAST_PLAN).orElse("")), loaded -> {
            List<PlanService.PlanSummary> found = loaded.getKey();
            list.setAll(found);
            String last = loaded.getValue();
            boolean lastExists = found.stream().anyMatch(s -> s.plan().id().equals(last));
            String open = planId != null ? planId : selected.get() != null ? selected.get().plan().id()
                    : lastExists ? last : found.isEmpty() ? null : found.get(0).plan().id();
            if (open != null) {
                open(open);
            }
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.plans.loadFailed"), ctx.describe(failure)));
    }

    public void open(String planId) {
        ctx.autosaver().flushAll();
        ctx.background().submit("plan", p -> plans.details(planId), details -> {
            show(details);
            remember(planId);
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.plans.loadFailed"), ctx.describe(failure)));
    }

    /** The plan last opened is opened again next time, on this laptop. */
    private void remember(String planId) {
        ctx.background().save("last plan", p -> {
            ctx.workspace().settings().put(SettingsService.UI_LAST_PLAN, planId);
            return planId;
        }, ok -> { }, failure -> { });
    }

    /** A new plan for this year with an empty team, opened at once. */
    public void newPlan() {
        ctx.autosaver().flushAll();
        ctx.background().save("new plan", p -> plans.create(ctx.messages().get("ui.plans.defaultTeamName")), details -> {
            show(details);
            remember(details.plan().id());
            refreshList();
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.plans.saveFailed"), ctx.describe(failure)));
    }

    private void refreshList() {
        ctx.background().submit("plans", p -> plans.list(), list::setAll,
                failure -> ctx.dialogs().showError(ctx.messages().get("ui.plans.loadFailed"), ctx.describe(failure)));
    }

    private void show(PlanDetails d) {
        loading = true;
        try {
            selected.set(d);
            Plan plan = d.plan();
            number.set(plan.number());
            issuedOn.set(plan.issuedOn());
            year.set(String.valueOf(plan.year()));
            periodStart.set(plan.periodStart());
            periodEnd.set(plan.periodEnd());
            title.set(plan.title());
            scope.set(plan.scope() == null ? "" : plan.scope());
            status.set(plan.status());
            Decision dec = d.decision();
            decisionNumber.set(dec == null ? "" : dec.number());
            decisionDate.set(dec == null ? null : dec.signedOn());
            decisionSigner.set(dec == null || dec.signer() == null ? "" : dec.signer());
            decisionIssuer.set(dec == null || dec.issuer() == null ? "" : dec.issuer());
            yearError.set(null);
            periodError.set(null);
            String teamId = d.team() == null ? null : d.team().id();
            members.setAll(d.members().stream().map(m -> memberRow(new MemberRow(m, teamId, m.sortOrder()))).toList());
            units.setAll(d.units());
        } finally {
            loading = false;
        }
    }

    // --- plan -------------------------------------------------------------------------------------------

    private void planChanged() {
        if (!loading && selected.get() != null) {
            ctx.autosaver().changed(planKey, this::planJob);
        }
    }

    public void commitPlan() {
        ctx.autosaver().commit(planKey);
    }

    private Autosaver.Job<?> planJob() {
        PlanDetails d = selected.get();
        int y;
        try {
            y = Integer.parseInt(year.get().trim());
            yearError.set(y < 2000 || y > 2100 ? ctx.messages().get("error.plan.yearOutOfRange", year.get()) : null);
        } catch (NumberFormatException e) {
            y = 0;
            yearError.set(ctx.messages().get("error.plan.yearOutOfRange", year.get()));
        }
        periodError.set(periodStart.get() != null && periodEnd.get() != null && periodEnd.get().isBefore(periodStart.get())
                ? ctx.messages().get("error.plan.periodReversed") : null);
        if (d == null || yearError.get() != null || periodError.get() != null) {
            return null;
        }
        Plan current = d.plan();
        Plan edited = new Plan(current.id(), number.get().trim(), issuedOn.get(), y, periodStart.get(), periodEnd.get(),
                title.get().trim(), scope.get().isBlank() ? null : scope.get().trim(), current.decisionId(), status.get(),
                0);
        return new Autosaver.Job<>("plan", p -> plans.savePlan(edited), saved -> refreshList());
    }

    // --- decision ---------------------------------------------------------------------------------------

    private void decisionChanged() {
        if (!loading && selected.get() != null) {
            ctx.autosaver().changed(decisionKey, this::decisionJob);
        }
    }

    public void commitDecision() {
        ctx.autosaver().commit(decisionKey);
    }

    private Autosaver.Job<?> decisionJob() {
        PlanDetails d = selected.get();
        if (d == null || decisionNumber.get().isBlank()) {
            return null; // a decision is stored once it has a number
        }
        String planId = d.plan().id();
        String existingId = d.decision() == null ? null : d.decision().id();
        Decision edited = new Decision(existingId, decisionNumber.get().trim(), decisionDate.get(),
                blank(decisionSigner.get()), blank(decisionIssuer.get()), null, 0);
        return new Autosaver.Job<>("decision", p -> {
            // the decision's id may have been made by an earlier save of this same form
            PlanDetails fresh = plans.details(planId);
            Decision toSave = fresh.decision() == null ? edited : new Decision(fresh.decision().id(), edited.number(),
                    edited.signedOn(), edited.signer(), edited.issuer(), edited.title(), 0);
            return plans.saveDecision(planId, toSave);
        }, saved -> { });
    }

    // --- members ----------------------------------------------------------------------------------------

    private MemberRow memberRow(MemberRow row) {
        row.fullNameProperty().addListener((o, a, b) -> memberChanged(row));
        row.positionProperty().addListener((o, a, b) -> memberChanged(row));
        row.organisationProperty().addListener((o, a, b) -> memberChanged(row));
        row.roleProperty().addListener((o, a, b) -> memberChanged(row));
        return row;
    }

    public MemberRow addMember() {
        PlanDetails d = selected.get();
        if (d == null || d.team() == null) {
            return null;
        }
        int order = members.stream().mapToInt(m -> m.sortOrder).max().orElse(0) + 1;
        MemberRow row = memberRow(new MemberRow(null, d.team().id(), order));
        if (members.isEmpty()) {
            row.roleProperty().set(TeamRole.LEAD);
        }
        members.add(row);
        return row;
    }

    private void memberChanged(MemberRow row) {
        if (!loading) {
            ctx.autosaver().changed(row.id, () -> memberJob(row));
        }
    }

    public void commitMember(MemberRow row) {
        ctx.autosaver().commit(row.id);
    }

    private Autosaver.Job<?> memberJob(MemberRow row) {
        if (row.fullNameProperty().get().isBlank()) {
            return null; // a member is stored once it has a name
        }
        var draft = row.toMember();
        return new Autosaver.Job<>("member", p -> {
            var saved = plans.saveMember(new TeamMember(row.id.get(), draft.teamId(), draft.fullName(),
                    draft.position(), draft.organisation(), draft.role(), draft.sortOrder(), 0));
            row.id.set(saved.id());
            return saved;
        }, saved -> { });
    }

    public void removeMember(MemberRow row) {
        members.remove(row);
        String id = row.id.get();
        if (id != null) {
            ctx.background().save("remove member", p -> {
                plans.deleteMember(id);
                return id;
            }, ok -> { }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.plans.saveFailed"),
                    ctx.describe(failure)));
        }
    }

    // --- units ------------------------------------------------------------------------------------------

    /** Units matching {@code query} for the add-unit field; called off the FX thread by the auto-completion. */
    public List<Unit> suggestUnits(String query) {
        return query == null || query.isBlank() ? List.of() : ctx.workspace().units().list(query).stream().limit(12)
                .toList();
    }

    public void addUnit(Unit unit) {
        addUnits(List.of(unit.id()));
    }

    /** All wards and communes of the catalogue: the usual scope of a city-wide plan. */
    public void addAllWardsAndCommunes() {
        ctx.background().submit("wards", p -> ctx.workspace().units().list(null).stream()
                        .filter(u -> u.kind() == UnitKind.WARD || u.kind() == UnitKind.COMMUNE).map(Unit::id).toList(),
                this::addUnits, failure -> ctx.dialogs().showError(ctx.messages().get("ui.plans.saveFailed"),
                        ctx.describe(failure)));
    }

    private void addUnits(List<String> unitIds) {
        PlanDetails d = selected.get();
        if (d == null) {
            return;
        }
        String planId = d.plan().id();
        ctx.background().save("add units", p -> {
            plans.addUnits(planId, unitIds);
            return plans.details(planId);
        }, details -> {
            if (selected.get() != null && selected.get().plan().id().equals(planId)) {
                units.setAll(details.units());
                selected.set(details);
            }
            refreshList();
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.plans.saveFailed"), ctx.describe(failure)));
    }

    public void removeUnit(PlanDetails.PlannedUnit unit) {
        units.remove(unit);
        ctx.background().save("remove unit", p -> {
            plans.removeUnit(unit.planUnit().id());
            return unit;
        }, ok -> refreshList(), failure -> ctx.dialogs().showError(ctx.messages().get("ui.plans.saveFailed"),
                ctx.describe(failure)));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
