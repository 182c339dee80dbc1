package vn.congvu.ui.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.congvu.app.exchange.AuditEntry;
import vn.congvu.app.exchange.TableNames;
import vn.congvu.domain.text.TextFold;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.exchange.Ids;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The audit log: who changed what, when, on which laptop; of all visits or of one, newest first, read a
 * page at a time (a big log stays fast) and filtered by text among what is read.
 */
public final class AuditViewModel {

    /** One line of the log as the table shows it. */
    public record Row(AuditEntry entry, String when, String who, String what, String changes, String search) {
    }

    /** A visit to filter on; a null id means every visit. */
    public record VisitChoice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final int PAGE = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UiContext ctx;
    private final AtomicLong generation = new AtomicLong();
    private final ObservableList<Row> loaded = FXCollections.observableArrayList();
    private final FilteredList<Row> rows = new FilteredList<>(loaded);
    private final ObservableList<VisitChoice> visits = FXCollections.observableArrayList();
    private final ObjectProperty<VisitChoice> visit = new SimpleObjectProperty<>(this, "visit");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final VisitChoice everyVisit;
    private boolean choosing;

    private final int pageSize;

    public AuditViewModel(UiContext ctx) {
        this(ctx, PAGE);
    }

    AuditViewModel(UiContext ctx, int pageSize) {
        this.ctx = ctx;
        this.pageSize = pageSize;
        this.everyVisit = new VisitChoice(null, ctx.messages().get("ui.audit.allVisits"));
        visits.add(everyVisit);
        visit.set(everyVisit);
        visit.addListener((o, a, b) -> {
            if (!choosing) {
                reload();
            }
        });
        filter.addListener((o, a, b) -> applyFilter());
    }

    /** Shown for {@code visitId} (null: every visit): the visits to choose from, then the first page. */
    public void show(String visitId) {
        ctx.background().submit("visits for the audit log", p -> ctx.workspace().visits().list(null), list -> {
            List<VisitChoice> choices = new ArrayList<>();
            choices.add(everyVisit);
            list.forEach(v -> choices.add(new VisitChoice(v.id(), ctx.messages().get("ui.conflicts.visit", v.unitName(),
                    v.date() == null ? "—" : v.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))))));
            choosing = true;
            visits.setAll(choices);
            VisitChoice wanted = choices.stream().filter(c -> Objects.equals(c.id(), visitId)).findFirst()
                    .orElse(visitId == null ? everyVisit : new VisitChoice(visitId, visitId));
            if (!visits.contains(wanted)) {
                visits.add(wanted);
            }
            visit.set(wanted);
            choosing = false;
            reload();
        }, failure -> summary.set(ctx.describe(failure)));
    }

    /** The newest page again (after the visit filter changed, or on show). */
    public void reload() {
        loaded.clear();
        load(null);
    }

    /** The next (older) page. */
    public void loadMore() {
        if (loaded.isEmpty() || loading.get()) {
            return;
        }
        load(loaded.get(loaded.size() - 1).entry());
    }

    private void load(AuditEntry after) {
        long g = generation.incrementAndGet();
        String visitId = visit.get() == null ? null : visit.get().id();
        loading.set(true);
        ctx.background().submit("audit log", p -> after == null
                ? ctx.workspace().audit().entries(visitId, null, pageSize)
                : ctx.workspace().audit().entriesAfter(visitId, after, pageSize), page -> {
            if (g != generation.get()) {
                return;
            }
            loading.set(false);
            loaded.addAll(page.stream().map(this::row).toList());
            more.set(page.size() == pageSize);
            applyFilter();
        }, failure -> {
            loading.set(false);
            summary.set(ctx.describe(failure));
        });
    }

    private void applyFilter() {
        String wanted = TextFold.fold(filter.get() == null ? "" : filter.get().strip());
        rows.setPredicate(wanted.isEmpty() ? null : r -> r.search().contains(wanted));
        summary.set(ctx.messages().get(more.get() ? "ui.audit.summaryMore" : "ui.audit.summary", rows.size(),
                loaded.size()));
    }

    Row row(AuditEntry e) {
        String when = e.at() == null ? "—" : WHEN.format(e.at().atZone(ctx.clock().getZone()));
        String who = ctx.messages().get("ui.audit.who", e.author(), Ids.shortId(e.device()));
        String what = "package".equals(e.entity())
                ? ctx.messages().get("ui.audit.whatPackage", action(e.action()), Ids.shortId(e.entityId()))
                : ctx.messages().get("ui.audit.what", action(e.action()), ctx.messages().get(TableNames.key(e.entity())),
                Ids.shortId(e.entityId()));
        String changes = changes(e.changes());
        String search = TextFold.fold(String.join(" ", when, who, what, changes, String.valueOf(e.entityId())));
        return new Row(e, when, who, what, changes, search);
    }

    private String action(String action) {
        return switch (action == null ? "" : action) {
            case "CREATE" -> ctx.messages().get("ui.audit.action.create");
            case "UPDATE" -> ctx.messages().get("ui.audit.action.update");
            case "DELETE" -> ctx.messages().get("ui.audit.action.delete");
            case "FINALISE" -> ctx.messages().get("ui.audit.action.finalise");
            case "REOPEN" -> ctx.messages().get("ui.audit.action.reopen");
            case "EXPORT" -> ctx.messages().get("ui.audit.action.export");
            case "IMPORT" -> ctx.messages().get("ui.audit.action.import");
            case "RESOLVE" -> ctx.messages().get("ui.audit.action.resolve");
            case "CONFLICT" -> ctx.messages().get("ui.audit.action.conflict");
            case "SEED" -> ctx.messages().get("ui.audit.action.seed");
            default -> String.valueOf(action);
        };
    }

    /** {"col": [old, new]} as "col: old → new"; event details as "key: value". */
    static String changes(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            return json;
        }
        if (!node.isObject()) {
            return json;
        }
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (v.isArray() && v.size() == 2) {
                parts.add(f.getKey() + ": " + value(v.get(0)) + " → " + value(v.get(1)));
            } else {
                parts.add(f.getKey() + ": " + value(v));
            }
        }
        return String.join("; ", parts);
    }

    private static String value(JsonNode v) {
        if (v == null || v.isNull()) {
            return "∅";
        }
        String text = v.isValueNode() ? v.asText() : v.toString();
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }


    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<VisitChoice> visits() {
        return visits;
    }

    public ObjectProperty<VisitChoice> visitProperty() {
        return visit;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** There may be older entries than those read. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
