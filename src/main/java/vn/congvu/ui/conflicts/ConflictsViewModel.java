package vn.congvu.ui.conflicts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.congvu.app.VisitService;
import vn.congvu.app.exchange.ConflictView;
import vn.congvu.app.exchange.ExchangeService.Keep;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.exchange.Ids;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Conflicts screen: conflicts left by imports (open ones, or all), each with what it is about, what it
 * belongs to and who made the two versions; the two versions field by field; keep mine or keep theirs.
 * Nothing is decided without the user choosing a side and confirming it.
 */
public final class ConflictsViewModel {

    /** A conflict as the list shows it. */
    public record Row(ConflictView conflict, String title, String kind, String belongsTo, String local,
                      String incoming, String status) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final UiContext ctx;
    private final Runnable changed;
    private final AtomicLong generation = new AtomicLong();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ConflictView.FieldDiff> fields = FXCollections.observableArrayList();
    private final BooleanProperty showResolved = new SimpleBooleanProperty(this, "showResolved");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper canResolve = new ReadOnlyBooleanWrapper(this, "canResolve");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** @param changed told after the list was read again, e.g. after a resolution (the rail's badge) */
    public ConflictsViewModel(UiContext ctx, Runnable changed) {
        this.ctx = ctx;
        this.changed = changed;
        showResolved.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, r) -> {
            fields.setAll(r == null ? List.of() : r.conflict().fields());
            canResolve.set(r != null && r.conflict().open());
        });
    }

    /** Reads the conflicts in the background, keeping the one selected when it is still listed. */
    public void refresh() {
        long g = generation.incrementAndGet();
        boolean openOnly = !showResolved.get();
        String keep = selected.get() == null ? null : selected.get().conflict().id();
        loading.set(true);
        ctx.background().submit("conflicts", p -> {
            List<ConflictView> list = ctx.workspace().exchange().conflicts(openOnly);
            Map<String, String> visits = new HashMap<>();
            if (list.stream().anyMatch(c -> c.visitId() != null)) {
                for (VisitService.VisitRow v : ctx.workspace().visits().list(null)) {
                    visits.put(v.id(), ctx.messages().get("ui.conflicts.visit", v.unitName(),
                            v.date() == null ? "—" : v.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
                }
            }
            return list.stream().map(c -> row(c, visits)).toList();
        }, list -> {
            if (g != generation.get()) {
                return;
            }
            loading.set(false);
            rows.setAll(list);
            long open = list.stream().filter(r -> r.conflict().open()).count();
            summary.set(list.isEmpty() ? ctx.messages().get("ui.conflicts.none")
                    : ctx.messages().get("ui.conflicts.summary", open, list.size()));
            selected.set(list.stream().filter(r -> r.conflict().id().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
            changed.run();
        }, failure -> {
            loading.set(false);
            summary.set(ctx.describe(failure));
        });
    }

    private Row row(ConflictView c, Map<String, String> visits) {
        String title = ctx.messages().get(c.tableKey()) + ": " + c.label();
        String kind = ctx.messages().get("exchange.conflict." + c.kind().name());
        String belongsTo = c.visitId() == null ? ctx.messages().get("ui.conflicts.noVisit")
                : visits.getOrDefault(c.visitId(), c.visitId());
        String local = c.localVersion() == null ? ctx.messages().get("ui.conflicts.noLocal")
                : version("ui.conflicts.local", c.localVersion());
        String incoming = version("ui.conflicts.incoming", c.incomingVersion());
        String status = c.open() ? ctx.messages().get("ui.conflicts.open")
                : ctx.messages().get("LOCAL".equals(c.resolution()) ? "ui.conflicts.resolvedLocal"
                : "ui.conflicts.resolvedIncoming", c.resolvedBy() == null ? "—" : c.resolvedBy(),
                c.resolvedAt() == null ? "—" : WHEN.format(c.resolvedAt().atZone(ctx.clock().getZone())));
        return new Row(c, title, kind, belongsTo, local, incoming, status);
    }

    private String version(String key, ConflictView.VersionInfo v) {
        String text = ctx.messages().get(key, v.author(), Ids.shortId(v.device()), when(v.updatedAt()));
        return v.deleted() ? text + " · " + ctx.messages().get("ui.conflicts.deleted") : text;
    }

    private String when(String instant) {
        if (instant == null) {
            return "—";
        }
        try {
            return WHEN.format(Instant.parse(instant).atZone(ctx.clock().getZone()));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }


    /** A column as a person names it; the column's own name for those without a label. */
    public String fieldName(String column) {
        String key = switch (column) {
            case "result" -> "ui.conflicts.column.result";
            case "note" -> "ui.conflicts.column.note";
            case "value1" -> "ui.conflicts.column.value1";
            case "value2" -> "ui.conflicts.column.value2";
            case "choice" -> "ui.conflicts.column.choice";
            case "severity" -> "ui.conflicts.column.severity";
            case "deleted" -> "ui.conflicts.column.deleted";
            case "full_name", "name" -> "ui.conflicts.column.name";
            case "position" -> "ui.conflicts.column.position";
            case "code" -> "ui.conflicts.column.code";
            case "text" -> "ui.conflicts.column.text";
            case "deadline" -> "ui.conflicts.column.deadline";
            case "status" -> "ui.conflicts.column.status";
            case "received_at" -> "ui.conflicts.column.receivedAt";
            case "returned_at" -> "ui.conflicts.column.returnedAt";
            case "caption" -> "ui.conflicts.column.caption";
            default -> null;
        };
        return key == null ? column : ctx.messages().get(key);
    }

    /** A value as a person reads it: verdicts and the deleted flag in words, "—" for nothing. */
    public String fieldValue(String column, String value) {
        if (value == null) {
            return "—";
        }
        if ("result".equals(column) && List.of("PASS", "FAIL", "NA").contains(value)) {
            return ctx.messages().get("result." + value);
        }
        if ("deleted".equals(column)) {
            return ctx.messages().get("1".equals(value) ? "ui.dialog.yes" : "ui.dialog.no");
        }
        return value;
    }

    /** Keeps one side of the selected conflict, after the user confirms which. */
    public void resolve(Keep keep) {
        Row r = selected.get();
        if (r == null || !r.conflict().open()) {
            return;
        }
        String title = ctx.messages().get("ui.conflicts.resolveTitle");
        if (!ctx.dialogs().confirm(title, ctx.messages().get(keep == Keep.LOCAL ? "ui.conflicts.confirmLocal"
                : "ui.conflicts.confirmIncoming", r.title()))) {
            return;
        }
        canResolve.set(false);
        String id = r.conflict().id();
        ctx.background().save("resolve conflict " + id, p -> ctx.workspace().exchange().resolve(id, keep), done -> {
            selected.set(null);
            refresh();
        }, failure -> {
            canResolve.set(true);
            ctx.dialogs().showError(title, ctx.describe(failure));
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** The selected conflict's fields, those that differ first. */
    public ObservableList<ConflictView.FieldDiff> fields() {
        return fields;
    }

    public BooleanProperty showResolvedProperty() {
        return showResolved;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A conflict that is still open is selected. */
    public ReadOnlyBooleanProperty canResolveProperty() {
        return canResolve.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
