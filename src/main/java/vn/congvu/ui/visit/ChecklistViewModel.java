package vn.congvu.ui.visit;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableValue;
import vn.congvu.app.visit.VisitRecord;
import vn.congvu.domain.Answer;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Result;
import vn.congvu.ui.UiContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checklist tab: the criteria of the visit's own checklist version, grouped, each answered with single
 * keys. Knows which criterion comes next (Enter moves there) and how far each group has got.
 */
public final class ChecklistViewModel {

    /** A group of criteria and how many of them have a verdict. */
    public static final class GroupEntry {
        private final ChecklistGroup group;
        private final List<CriterionEntry> entries;
        private final IntegerBinding answered;
        private final IntegerBinding failed;

        GroupEntry(ChecklistGroup group, List<CriterionEntry> entries) {
            this.group = group;
            this.entries = List.copyOf(entries);
            this.answered = Bindings.createIntegerBinding(() -> (int) this.entries.stream()
                    .filter(e -> e.resultProperty().get() != null).count(), resultsOf(this.entries));
            this.failed = Bindings.createIntegerBinding(() -> (int) this.entries.stream()
                    .filter(e -> e.resultProperty().get() == Result.FAIL).count(), resultsOf(this.entries));
        }

        public ChecklistGroup group() {
            return group;
        }

        public List<CriterionEntry> entries() {
            return entries;
        }

        public IntegerBinding answered() {
            return answered;
        }

        public IntegerBinding failed() {
            return failed;
        }

        /** "3/4". */
        public StringBinding badge() {
            return Bindings.createStringBinding(() -> answered.get() + "/" + entries.size(), answered);
        }
    }

    private final UiContext ctx;
    private final Runnable onAnswerSaved;
    private final List<CriterionEntry> entries = new ArrayList<>();
    private final List<GroupEntry> groups = new ArrayList<>();
    private final Map<String, Answer> saved = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper answered = new ReadOnlyIntegerWrapper(this, "answered");
    private boolean readOnly;

    ChecklistViewModel(UiContext ctx, Runnable onAnswerSaved) {
        this.ctx = ctx;
        this.onAnswerSaved = onAnswerSaved;
    }

    /** Shows the criteria and answers of a freshly read visit. */
    void open(VisitRecord record, boolean readOnlyVisit) {
        entries.clear();
        groups.clear();
        saved.clear();
        this.readOnly = readOnlyVisit;
        Map<String, Answer> byCriterion = new HashMap<>();
        for (Answer a : record.answers()) {
            byCriterion.put(a.criterionId(), a);
            saved.put(a.criterionId(), a);
        }
        Set<String> withEvidence = new java.util.HashSet<>();
        record.evidence().forEach(e -> {
            if (e.criterionId() != null) {
                withEvidence.add(e.criterionId());
            }
        });
        Map<String, List<CriterionEntry>> byGroup = new LinkedHashMap<>();
        String visitId = record.visit().id();
        for (Criterion c : record.criteria()) {
            CriterionEntry e = new CriterionEntry(ctx, visitId, c, byCriterion.get(c.id()), this::answerSaved);
            e.setHasEvidence(withEvidence.contains(c.id()));
            e.setReadOnly(readOnlyVisit);
            e.resultProperty().addListener((o, a, b) -> countAnswered());
            entries.add(e);
            byGroup.computeIfAbsent(c.groupId(), k -> new ArrayList<>()).add(e);
        }
        for (ChecklistGroup g : record.groups()) {
            List<CriterionEntry> members = byGroup.get(g.id());
            if (members != null) {
                groups.add(new GroupEntry(g, members));
            }
        }
        countAnswered();
    }

    private static ObservableValue<?>[] resultsOf(List<CriterionEntry> entries) {
        return entries.stream().map(CriterionEntry::resultProperty).toArray(ObservableValue[]::new);
    }

    private void countAnswered() {
        answered.set((int) entries.stream().filter(e -> e.resultProperty().get() != null).count());
    }

    private void answerSaved(Answer a) {
        saved.put(a.criterionId(), a);
        onAnswerSaved.run();
    }

    public List<CriterionEntry> entries() {
        return entries;
    }

    public List<GroupEntry> groups() {
        return groups;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Criteria with a verdict, for the tab's badge. */
    public ReadOnlyIntegerProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    public int total() {
        return entries.size();
    }

    /** The answers as last saved, for the live summary. */
    List<Answer> savedAnswers() {
        return List.copyOf(saved.values());
    }

    /** The criterion after {@code e}, or null after the last. */
    public CriterionEntry next(CriterionEntry e) {
        int i = entries.indexOf(e);
        return i >= 0 && i + 1 < entries.size() ? entries.get(i + 1) : null;
    }

    /** The criterion before {@code e}, or null before the first. */
    public CriterionEntry previous(CriterionEntry e) {
        int i = entries.indexOf(e);
        return i > 0 ? entries.get(i - 1) : null;
    }

    /** Where to start typing: the first criterion without a verdict, else the first. */
    public CriterionEntry firstOpen() {
        return entries.stream().filter(e -> e.resultProperty().get() == null).findFirst()
                .orElse(entries.isEmpty() ? null : entries.get(0));
    }

    /** Criteria that failed, need a photo, and have none linked yet. */
    public List<CriterionEntry> photosMissing() {
        return entries.stream().filter(e -> e.photoMissingProperty().get()).toList();
    }

    /** Which criteria have evidence linked now (after the evidence tab changed something). */
    void setEvidence(Set<String> criterionIds) {
        entries.forEach(e -> e.setHasEvidence(criterionIds.contains(e.criterion().id())));
    }

    /** Saves what is still waiting for the one-second pause. */
    void flush() {
        entries.forEach(CriterionEntry::commit);
    }
}
