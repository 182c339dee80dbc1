package vn.congvu.ui.visit;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.congvu.app.SettingsService;
import vn.congvu.app.StartVisitRequest;
import vn.congvu.app.UnitHistory;
import vn.congvu.app.UnitNames;
import vn.congvu.app.visit.VisitSetupService;
import vn.congvu.domain.Plan;
import vn.congvu.domain.TeamMember;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.ui.UiContext;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Starting a surprise visit: the unit picked by typing (diacritics optional), the start time (now, editable),
 * the plan and who of its team is present, the unit's representatives, and, as soon as the unit is picked,
 * what earlier visits left open there.
 */
public final class StartVisitViewModel {

    /** A plan to pick, or none ({@code plan} null: a visit outside any plan). */
    public record PlanOption(Plan plan) {
    }

    /** A team member (or someone added on the spot) and whether they are at this visit. */
    public static final class InspectorRow {
        private final String memberId;
        private final String fullName;
        private final TeamRole role;
        private final BooleanProperty present = new SimpleBooleanProperty(this, "present", true);

        InspectorRow(String memberId, String fullName, TeamRole role) {
            this.memberId = memberId;
            this.fullName = fullName;
            this.role = role;
        }

        public String fullName() {
            return fullName;
        }

        public TeamRole role() {
            return role;
        }

        public BooleanProperty presentProperty() {
            return present;
        }
    }

    /** A person of the unit taking part. */
    public static final class RepresentativeRow {
        private final StringProperty fullName = new SimpleStringProperty(this, "fullName", "");
        private final StringProperty position = new SimpleStringProperty(this, "position", "");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

        public StringProperty fullNameProperty() {
            return fullName;
        }

        public StringProperty positionProperty() {
            return position;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }

        boolean isBlank() {
            return fullName.get().isBlank() && position.get().isBlank();
        }
    }

    private final UiContext ctx;
    private final AtomicLong unitGeneration = new AtomicLong();
    private final AtomicLong historyGeneration = new AtomicLong();

    private final StringProperty unitQuery = new SimpleStringProperty(this, "unitQuery", "");
    private final ObservableList<Unit> unitMatches = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(this, "unit");
    private final ReadOnlyStringWrapper unitError = new ReadOnlyStringWrapper(this, "unitError");
    private final ReadOnlyStringWrapper historyTitle = new ReadOnlyStringWrapper(this, "historyTitle");
    private final ObservableList<String> historyItems = FXCollections.observableArrayList();
    private final StringProperty startText = new SimpleStringProperty(this, "startText", "");
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper(this, "startError");
    private final ObservableList<PlanOption> plans = FXCollections.observableArrayList();
    private final ObjectProperty<PlanOption> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObservableList<VisitSetupService.TeamRoster> teams = FXCollections.observableArrayList();
    private final ObjectProperty<VisitSetupService.TeamRoster> team = new SimpleObjectProperty<>(this, "team");
    private final ObservableList<InspectorRow> inspectors = FXCollections.observableArrayList();
    private final ObservableList<RepresentativeRow> representatives = FXCollections.observableArrayList();
    private final BooleanProperty surprise = new SimpleBooleanProperty(this, "surprise", true);
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private List<Unit> planUnits = List.of();
    private String profileName = "";

    public StartVisitViewModel(UiContext ctx) {
        this.ctx = ctx;
        startText.set(VisitText.dateTime(LocalDateTime.now(ctx.clock())));
        unitQuery.addListener((o, a, b) -> searchUnits());
        unit.addListener((o, a, b) -> {
            unitError.set(null);
            loadHistory(b);
        });
        plan.addListener((o, a, b) -> planChosen(b));
        team.addListener((o, a, b) -> teamChosen(b));
        startText.addListener((o, a, b) -> validateStart());
        representatives.add(new RepresentativeRow());
    }

    /** Loads the plans (and selects {@code presetPlanId} if given) and the units to pick from. */
    public void load(String presetPlanId) {
        busy.set(true);
        ctx.background().submit("start visit options", p -> {
            List<PlanOption> options = new ArrayList<>();
            options.add(new PlanOption(null));
            ctx.workspace().plans().list().forEach(s -> options.add(new PlanOption(s.plan())));
            String me = ctx.workspace().settings().get(SettingsService.PROFILE_NAME).orElse("");
            return java.util.Map.entry(options, me);
        }, loaded -> {
            busy.set(false);
            profileName = loaded.getValue();
            plans.setAll(loaded.getKey());
            PlanOption preset = plans.stream().filter(o -> o.plan() != null && o.plan().id().equals(presetPlanId))
                    .findFirst().orElse(plans.get(0));
            if (preset.equals(plan.get())) {
                planChosen(preset);
            } else {
                plan.set(preset);
            }
        }, failure -> {
            busy.set(false);
            error.set(ctx.describe(failure));
        });
    }

    private void searchUnits() {
        long generation = unitGeneration.incrementAndGet();
        String q = unitQuery.get();
        List<Unit> fromPlan = planUnits;
        ctx.background().submit("units for a visit", p -> q.isBlank() && !fromPlan.isEmpty() ? fromPlan
                : ctx.workspace().units().list(q), found -> {
            if (generation == unitGeneration.get()) {
                unitMatches.setAll(found);
                Unit current = unit.get();
                boolean stillThere = current != null && found.stream().anyMatch(u -> u.id().equals(current.id()));
                if (!stillThere) {
                    unit.set(q.isBlank() || found.isEmpty() ? null : found.get(0));
                }
            }
        }, failure -> error.set(ctx.describe(failure)));
    }

    /** The unit highlighted in the list (by the arrows or the mouse) is the one picked. */
    public void pick(Unit u) {
        if (u != null) {
            unit.set(u);
        }
    }

    private void loadHistory(Unit u) {
        long generation = historyGeneration.incrementAndGet();
        historyItems.clear();
        historyTitle.set(null);
        if (u == null) {
            return;
        }
        ctx.background().submit("unit history", p -> ctx.workspace().visits().history(u.id(), null), h -> {
            if (generation == historyGeneration.get()) {
                showHistory(h);
            }
        }, failure -> error.set(ctx.describe(failure)));
    }

    private void showHistory(UnitHistory h) {
        if (h.isEmpty()) {
            historyTitle.set(h.lastVisitId() == null ? ctx.messages().get("ui.visit.start.neverVisited")
                    : ctx.messages().get("ui.visit.start.nothingOpen", VisitText.date(h.lastVisitDate())));
            historyItems.clear();
            return;
        }
        historyTitle.set(ctx.messages().get("ui.visit.start.openItems"));
        List<String> items = new ArrayList<>();
        for (UnitHistory.Failure f : h.lastFailures()) {
            items.add(f.note() == null || f.note().isBlank()
                    ? ctx.messages().get("ui.visit.start.failure", VisitText.date(h.lastVisitDate()), f.criterionCode(),
                    f.criterionText())
                    : ctx.messages().get("ui.visit.start.failureWithNote", VisitText.date(h.lastVisitDate()),
                    f.criterionCode(), f.criterionText(), f.note()));
        }
        h.openRecommendations().forEach(r -> items.add(r.deadline() == null
                ? ctx.messages().get("ui.visit.start.recommendation", r.text())
                : ctx.messages().get("ui.visit.start.recommendationDue", r.text(), VisitText.date(r.deadline()))));
        h.openActions().forEach(a -> items.add(a.deadline() == null
                ? ctx.messages().get("ui.visit.start.action", a.text())
                : ctx.messages().get("ui.visit.start.actionDue", a.text(), VisitText.date(a.deadline()))));
        historyItems.setAll(items);
    }

    private void planChosen(PlanOption option) {
        teams.clear();
        team.set(null);
        if (option == null || option.plan() == null) {
            planUnits = List.of();
            inspectors.setAll(profileName.isBlank() ? List.of()
                    : List.of(new InspectorRow(null, profileName, TeamRole.MEMBER)));
            searchUnits();
            return;
        }
        String planId = option.plan().id();
        ctx.background().submit("team of plan", p -> java.util.Map.entry(ctx.workspace().visitSetup().rosterOf(planId),
                ctx.workspace().visitSetup().unitsOf(planId)), loaded -> {
            if (plan.get() != option) {
                return;
            }
            planUnits = loaded.getValue();
            teams.setAll(loaded.getKey());
            if (teams.isEmpty()) {
                teamChosen(null);
            } else {
                team.set(teams.get(0));
            }
            searchUnits();
        }, failure -> error.set(ctx.describe(failure)));
    }

    private void teamChosen(VisitSetupService.TeamRoster roster) {
        List<InspectorRow> rows = new ArrayList<>();
        if (roster != null) {
            for (TeamMember m : roster.members()) {
                rows.add(new InspectorRow(m.id(), m.fullName(), m.role()));
            }
        } else if (!profileName.isBlank()) {
            rows.add(new InspectorRow(null, profileName, TeamRole.MEMBER));
        }
        inspectors.setAll(rows);
    }

    /** Someone not on the plan's team, added on the spot (present). */
    public void addInspector(String fullName) {
        if (fullName != null && !fullName.isBlank()) {
            inspectors.add(new InspectorRow(null, fullName.trim(), TeamRole.MEMBER));
        }
    }

    public RepresentativeRow addRepresentative() {
        RepresentativeRow row = new RepresentativeRow();
        representatives.add(row);
        return row;
    }

    public void removeRepresentative(RepresentativeRow row) {
        representatives.remove(row);
        if (representatives.isEmpty()) {
            representatives.add(new RepresentativeRow());
        }
    }

    private LocalDateTime validateStart() {
        try {
            LocalDateTime t = VisitText.parseDateTime(startText.get());
            startError.set(t == null ? ctx.messages().get("error.visit.startMissing") : null);
            return t;
        } catch (VisitText.BadText e) {
            startError.set(ctx.messages().get("ui.visit.dossiers.dateTimeFormat"));
            return null;
        }
    }

    /**
     * Starts the visit when everything needed is there (else the fields say what is missing); hands the new
     * visit to {@code onStarted} once it is durably saved.
     */
    public void start(Consumer<Visit> onStarted) {
        if (busy.get()) {
            return;
        }
        boolean ok = true;
        Unit u = unit.get();
        if (u == null) {
            unitError.set(ctx.messages().get("error.visit.unitMissing"));
            ok = false;
        }
        LocalDateTime at = validateStart();
        ok &= at != null;
        List<StartVisitRequest.Representative> reps = new ArrayList<>();
        for (RepresentativeRow r : representatives) {
            if (r.isBlank()) {
                r.error.set(null);
                continue;
            }
            if (r.fullName.get().isBlank()) {
                r.error.set(ctx.messages().get("error.visit.representativeNameMissing"));
                ok = false;
            } else {
                r.error.set(null);
                reps.add(new StartVisitRequest.Representative(r.fullName.get().trim(), r.position.get().trim()));
            }
        }
        if (!ok) {
            error.set(ctx.messages().get("ui.visit.start.fixFields"));
            return;
        }
        error.set(null);
        PlanOption p = plan.get();
        VisitSetupService.TeamRoster roster = team.get();
        List<StartVisitRequest.Inspector> people = inspectors.stream().map(i -> new StartVisitRequest.Inspector(
                i.memberId, i.fullName, i.role, i.present.get())).toList();
        StartVisitRequest request = new StartVisitRequest(u.id(), p == null || p.plan() == null ? null : p.plan().id(),
                roster == null ? null : roster.team().id(), at, surprise.get(), place.get(), people, reps);
        busy.set(true);
        ctx.background().save("start visit", w -> ctx.workspace().visits().start(request), visit -> {
            busy.set(false);
            onStarted.accept(visit);
        }, failure -> {
            busy.set(false);
            error.set(ctx.describe(failure));
        });
    }

    /** A unit as the list shows it. */
    public static String label(Unit u) {
        return u == null ? "" : UnitNames.of(u);
    }

    // --- properties ---------------------------------------------------------------------------------

    public StringProperty unitQueryProperty() {
        return unitQuery;
    }

    public ObservableList<Unit> unitMatches() {
        return unitMatches;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ReadOnlyStringProperty unitErrorProperty() {
        return unitError.getReadOnlyProperty();
    }

    /** Null until a unit is picked; then what the box of earlier findings says. */
    public ReadOnlyStringProperty historyTitleProperty() {
        return historyTitle.getReadOnlyProperty();
    }

    public ObservableList<String> historyItems() {
        return historyItems;
    }

    public StringProperty startTextProperty() {
        return startText;
    }

    public ReadOnlyStringProperty startErrorProperty() {
        return startError.getReadOnlyProperty();
    }

    public ObservableList<PlanOption> plans() {
        return plans;
    }

    public ObjectProperty<PlanOption> planProperty() {
        return plan;
    }

    public ObservableList<VisitSetupService.TeamRoster> teams() {
        return teams;
    }

    public ObjectProperty<VisitSetupService.TeamRoster> teamProperty() {
        return team;
    }

    public ObservableList<InspectorRow> inspectors() {
        return inspectors;
    }

    public ObservableList<RepresentativeRow> representatives() {
        return representatives;
    }

    public BooleanProperty surpriseProperty() {
        return surprise;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
