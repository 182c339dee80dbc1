package vn.congvu.ui.templates;

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
import vn.congvu.app.TemplateService;
import vn.congvu.app.imports.ChecklistImport;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.TemplateStatus;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checklist versions: read any version; copy one into a draft and edit its groups and criteria; import a
 * version from Excel; put a draft into use. Versions used by visits never change.
 */
public final class TemplatesViewModel {

    private final UiContext ctx;
    private final TemplateService templates;

    private final ObservableList<TemplateService.VersionRow> versions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TemplateService.TemplateContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    // the draft's header
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty year = new SimpleStringProperty(this, "year", "");
    // what is selected in the tree: a group or a criterion
    private final ObjectProperty<Object> selection = new SimpleObjectProperty<>(this, "selection");
    private final StringProperty groupCode = new SimpleStringProperty(this, "groupCode", "");
    private final StringProperty groupTitle = new SimpleStringProperty(this, "groupTitle", "");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<AnswerType> answerType = new SimpleObjectProperty<>(this, "answerType", AnswerType.PASS_FAIL);
    private final StringProperty valueLabels = new SimpleStringProperty(this, "valueLabels", "");
    private final StringProperty choices = new SimpleStringProperty(this, "choices", "");
    private final BooleanProperty photoRequired = new SimpleBooleanProperty(this, "photoRequired");
    private final StringProperty parIndex = new SimpleStringProperty(this, "parIndex", "");
    private final StringProperty weight = new SimpleStringProperty(this, "weight", "1");
    private final StringProperty guidance = new SimpleStringProperty(this, "guidance", "");
    private final ReadOnlyStringWrapper editorError = new ReadOnlyStringWrapper(this, "editorError");
    private boolean loading;
    private final Object headerKey = new Object();

    public TemplatesViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.templates = ctx.workspace().templates();
        name.addListener((o, a, b) -> headerChanged());
        year.addListener((o, a, b) -> headerChanged());
        for (StringProperty p : List.of(groupCode, groupTitle, code, text, valueLabels, choices, parIndex, weight,
                guidance)) {
            p.addListener((o, a, b) -> itemChanged());
        }
        answerType.addListener((o, a, b) -> itemChanged());
        photoRequired.addListener((o, a, b) -> itemChanged());
    }

    public ObservableList<TemplateService.VersionRow> versions() {
        return versions;
    }

    public ReadOnlyObjectProperty<TemplateService.TemplateContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public ObjectProperty<Object> selectionProperty() {
        return selection;
    }

    public StringProperty groupCodeProperty() {
        return groupCode;
    }

    public StringProperty groupTitleProperty() {
        return groupTitle;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<AnswerType> answerTypeProperty() {
        return answerType;
    }

    public StringProperty valueLabelsProperty() {
        return valueLabels;
    }

    public StringProperty choicesProperty() {
        return choices;
    }

    public BooleanProperty photoRequiredProperty() {
        return photoRequired;
    }

    public StringProperty parIndexProperty() {
        return parIndex;
    }

    public StringProperty weightProperty() {
        return weight;
    }

    public StringProperty guidanceProperty() {
        return guidance;
    }

    public ReadOnlyStringProperty editorErrorProperty() {
        return editorError.getReadOnlyProperty();
    }

    /** Loads the versions and shows {@code templateId}, or the one in use. */
    public void refresh(String templateId) {
        ctx.background().submit("templates", p -> templates.versionRows(), rows -> {
            versions.setAll(rows);
            String show = templateId != null ? templateId : content.get() != null ? content.get().template().id()
                    : rows.stream().filter(r -> r.template().status() == TemplateStatus.ACTIVE).findFirst()
                    .or(() -> rows.stream().findFirst()).map(r -> r.template().id()).orElse(null);
            if (show != null) {
                open(show);
            }
        }, this::failed);
    }

    public void open(String templateId) {
        ctx.autosaver().flushAll();
        ctx.background().submit("template", p -> templates.content(templateId), this::show, this::failed);
    }

    private void show(TemplateService.TemplateContent c) {
        loading = true;
        try {
            content.set(c);
            boolean isDraft = c.template().status() == TemplateStatus.DRAFT;
            editable.set(isDraft && versions.stream().filter(r -> r.template().id().equals(c.template().id()))
                    .allMatch(r -> r.visits() == 0));
            name.set(c.template().name());
            year.set(String.valueOf(c.template().year()));
            selection.set(null);
        } finally {
            loading = false;
        }
    }

    /** Puts the item's values into the editor. */
    public void select(Object item) {
        ctx.autosaver().flushAll();
        loading = true;
        try {
            selection.set(item);
            editorError.set(null);
            if (item instanceof ChecklistGroup g) {
                groupCode.set(g.code());
                groupTitle.set(g.title());
            } else if (item instanceof Criterion cr) {
                code.set(cr.code());
                text.set(cr.text());
                answerType.set(cr.answerType());
                valueLabels.set(String.join(" | ", cr.valueLabels()));
                choices.set(String.join(" | ", cr.choices()));
                photoRequired.set(cr.photoRequiredOnFail());
                parIndex.set(cr.parIndexCode() == null ? "" : cr.parIndexCode());
                weight.set(formatWeight(cr.weight()));
                guidance.set(cr.guidance() == null ? "" : cr.guidance());
            }
        } finally {
            loading = false;
        }
    }

    private static String formatWeight(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }

    // --- editing a draft ----------------------------------------------------------------------------------

    private void headerChanged() {
        if (!loading && editable.get()) {
            ctx.autosaver().changed(headerKey, this::headerJob);
        }
    }

    public void commitHeader() {
        ctx.autosaver().commit(headerKey);
    }

    private Autosaver.Job<?> headerJob() {
        String id = content.get().template().id();
        int y;
        try {
            y = Integer.parseInt(year.get().trim());
        } catch (NumberFormatException e) {
            editorError.set(ctx.messages().get("error.template.yearOutOfRange", year.get()));
            return null;
        }
        String n = name.get();
        return new Autosaver.Job<>("template header", p -> templates.updateHeader(id, n, y), saved -> refreshRows());
    }

    private void itemChanged() {
        if (!loading && editable.get() && selection.get() != null) {
            Object item = selection.get();
            ctx.autosaver().changed(item, () -> itemJob(item));
        }
    }

    public void commitItem() {
        if (selection.get() != null) {
            ctx.autosaver().commit(selection.get());
        }
    }

    private Autosaver.Job<?> itemJob(Object item) {
        if (item instanceof ChecklistGroup g) {
            ChecklistGroup edited = new ChecklistGroup(g.id(), g.templateId(), groupCode.get(), groupTitle.get(),
                    g.sortOrder(), 0);
            return new Autosaver.Job<>("group", p -> templates.saveGroup(edited), saved -> {
                editorError.set(null);
                reloadKeepingSelection(saved.id());
            });
        }
        Criterion cr = (Criterion) item;
        double w;
        try {
            w = Double.parseDouble(weight.get().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            editorError.set(ctx.messages().get("error.checklist.badWeight", weight.get()));
            return null;
        }
        Criterion edited = new Criterion(cr.id(), cr.templateId(), cr.groupId(), code.get(), text.get(), answerType.get(),
                ChecklistImport.split(valueLabels.get()), ChecklistImport.split(choices.get()), photoRequired.get(),
                parIndex.get(), w, guidance.get(), cr.sortOrder(), 0);
        return new Autosaver.Job<>("criterion", p -> templates.saveCriterion(edited), saved -> {
            editorError.set(null);
            reloadKeepingSelection(saved.id());
        });
    }

    private void reloadKeepingSelection(String itemId) {
        String templateId = content.get().template().id();
        ctx.background().submit("template", p -> templates.content(templateId), c -> {
            loading = true;
            try {
                content.set(c);
                Object again = c.groups().stream().filter(g -> g.id().equals(itemId)).map(Object.class::cast)
                        .findFirst().orElse(c.criteria().stream().filter(x -> x.id().equals(itemId)).findFirst()
                                .orElse(null));
                selection.set(again);
            } finally {
                loading = false;
            }
        }, this::failed);
    }

    private void refreshRows() {
        ctx.background().submit("templates", p -> templates.versionRows(), versions::setAll, this::failed);
    }

    /** A new group at the end of the draft, ready to be named. */
    public void addGroup() {
        TemplateService.TemplateContent c = content.get();
        int next = c.groups().size() + 1;
        ChecklistGroup g = new ChecklistGroup(null, c.template().id(), String.valueOf(next),
                ctx.messages().get("ui.templates.newGroup"), next, 0);
        run("add group", () -> templates.saveGroup(g), saved -> reloadKeepingSelection(saved.id()));
    }

    /** A new criterion at the end of the group selected (or of the last group). */
    public void addCriterion() {
        TemplateService.TemplateContent c = content.get();
        ChecklistGroup group = selection.get() instanceof ChecklistGroup g ? g
                : selection.get() instanceof Criterion cr ? c.groups().stream().filter(x -> x.id().equals(cr.groupId()))
                .findFirst().orElse(null) : c.groups().isEmpty() ? null : c.groups().get(c.groups().size() - 1);
        if (group == null) {
            addGroup();
            return;
        }
        long inGroup = c.criteria().stream().filter(x -> x.groupId().equals(group.id())).count();
        String newCode = group.code() + "." + (inGroup + 1);
        while (codeTaken(c, newCode)) {
            newCode = newCode + "'";
        }
        Criterion cr = new Criterion(null, c.template().id(), group.id(), newCode,
                ctx.messages().get("ui.templates.newCriterion"), AnswerType.PASS_FAIL, List.of(), List.of(), false, null,
                1, null, (int) inGroup + 1, 0);
        run("add criterion", () -> templates.saveCriterion(cr), saved -> reloadKeepingSelection(saved.id()));
    }

    private static boolean codeTaken(TemplateService.TemplateContent c, String code) {
        return c.criteria().stream().anyMatch(x -> x.code().equals(code));
    }

    public void deleteSelected() {
        Object item = selection.get();
        String templateId = content.get().template().id();
        if (item instanceof ChecklistGroup g) {
            run("delete group", () -> {
                templates.deleteGroup(templateId, g.id());
                return g;
            }, ok -> reloadKeepingSelection(null));
        } else if (item instanceof Criterion cr) {
            run("delete criterion", () -> {
                templates.deleteCriterion(templateId, cr.id());
                return cr;
            }, ok -> reloadKeepingSelection(null));
        }
    }

    /** Copies the version shown into a new draft and opens it. */
    public void newDraft() {
        String from = content.get().template().id();
        run("new draft", () -> templates.draftFrom(from), c -> refresh(c.template().id()));
    }

    public void activate() {
        String id = content.get().template().id();
        if (!ctx.dialogs().confirm(ctx.messages().get("ui.templates.activateTitle"),
                ctx.messages().get("ui.templates.activateConfirm"))) {
            return;
        }
        ctx.autosaver().flushAll();
        run("activate", () -> templates.activate(id), t -> refresh(t.id()));
    }

    public void discard() {
        String id = content.get().template().id();
        if (!ctx.dialogs().confirm(ctx.messages().get("ui.templates.discardTitle"),
                ctx.messages().get("ui.templates.discardConfirm"))) {
            return;
        }
        run("discard", () -> {
            templates.discardDraft(id);
            return id;
        }, ok -> {
            content.set(null);
            refresh(null);
        });
    }

    /** Reads the file, says what it holds, and stores it as a draft when the user agrees. */
    public void importFile(Path file) {
        busy.set(true);
        ctx.background().submit("read checklist", p -> templates.readFile(file), groups -> {
            busy.set(false);
            int criteria = groups.stream().mapToInt(g -> g.criteria().size()).sum();
            if (ctx.dialogs().confirm(ctx.messages().get("ui.templates.importTitle"),
                    ctx.messages().get("ui.templates.importConfirm", groups.size(), criteria))) {
                run("import checklist", () -> templates.importAsDraft(groups), c -> refresh(c.template().id()));
            }
        }, failure -> {
            busy.set(false);
            failed(failure);
        });
    }

    public void exportFile(Path file) {
        String id = content.get().template().id();
        run("export checklist", () -> {
            templates.exportXlsx(id, file, ctx.messages());
            return file;
        }, saved -> ctx.dialogs().showInfo(ctx.messages().get("ui.templates.exported"), saved.toString()));
    }

    private <T> void run(String name, java.util.concurrent.Callable<T> work, Consumer<T> done) {
        busy.set(true);
        ctx.background().save(name, p -> work.call(), result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            failed(failure);
        });
    }

    private void failed(Throwable failure) {
        String message = ctx.describe(failure);
        if (failure instanceof vn.congvu.app.imports.ImportException ie) {
            var first = ie.errors().get(0);
            message = ctx.messages().get("error.import.row", first.row(), ctx.messages().get(first.key(), first.args()))
                    + (ie.errors().size() > 1 ? " " + ctx.messages().get("ui.templates.moreErrors", ie.errors().size() - 1) : "");
        }
        ctx.dialogs().showError(ctx.messages().get("ui.templates.failed"), message);
    }
}
