package vn.congvu.app;

import vn.congvu.app.imports.ChecklistImport;
import vn.congvu.app.imports.TabularReader;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.TemplateStatus;
import vn.congvu.store.Database;
import vn.congvu.store.Sql;
import vn.congvu.store.TemplateRepository;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checklist templates: the current version, old versions, and making a new version. */
public final class TemplateService {

    private final Database db;
    private final TemplateRepository templates;

    TemplateService(Database db, TemplateRepository templates) {
        this.db = db;
        this.templates = templates;
    }

    /** A template version with its groups and criteria, as one readable whole. */
    public record TemplateContent(ChecklistTemplate template, List<ChecklistGroup> groups, List<Criterion> criteria) {
    }

    public Optional<ChecklistTemplate> current() {
        return db.read(templates::currentTemplate);
    }

    public List<ChecklistTemplate> versions() {
        return db.read(templates::listTemplates);
    }

    public TemplateContent content(String templateId) {
        return db.read(c -> content(c, templateId));
    }

    /** The current template's content; every database has one after seeding. */
    public TemplateContent currentContent() {
        return db.read(c -> {
            ChecklistTemplate t = templates.currentTemplate(c).orElseThrow(() -> new AppException("error.template.none"));
            return content(c, t.id());
        });
    }

    /** A version with how many visits were made with it (such a version can never change). */
    public record VersionRow(ChecklistTemplate template, long visits, int criteria) {
    }

    public List<VersionRow> versionRows() {
        return db.read(c -> {
            List<VersionRow> out = new ArrayList<>();
            for (ChecklistTemplate t : templates.listTemplates(c)) {
                out.add(new VersionRow(t, templates.visitsUsing(c, t.id()), templates.criteriaOf(c, t.id()).size()));
            }
            return out;
        });
    }

    TemplateContent content(Connection c, String templateId) throws SQLException {
        ChecklistTemplate t = templates.findTemplate(c, templateId)
                .orElseThrow(() -> new AppException("error.template.notFound", templateId));
        return new TemplateContent(t, templates.groupsOf(c, templateId), templates.criteriaOf(c, templateId));
    }

    /**
     * Stores {@code groups} as the next version of the template {@code code}. When {@code activate} is
     * set, it becomes the one new visits use and the previous active version is retired; visits made with
     * older versions keep them.
     */
    public ChecklistTemplate createVersion(String code, String name, int year, List<ChecklistImport.GroupDraft> groups,
                                           boolean activate) {
        return db.write(c -> createVersion(c, code, name, year, groups, activate));
    }

    // --- drafts: a new version edited in the app -------------------------------------------------------

    /** Copies a version into a new draft version of the same template, ready to be edited. */
    public TemplateContent draftFrom(String templateId) {
        return db.write(c -> {
            TemplateContent source = content(c, templateId);
            ChecklistTemplate created = createVersion(c, source.template().code(), source.template().name(),
                    source.template().year(), drafts(source), false);
            return content(c, created.id());
        });
    }

    /** A version's groups and criteria as drafts: what a new version starts from. */
    public static List<ChecklistImport.GroupDraft> drafts(TemplateContent content) {
        List<ChecklistImport.GroupDraft> groups = new ArrayList<>();
        for (ChecklistGroup g : content.groups()) {
            List<ChecklistImport.CriterionDraft> criteria = new ArrayList<>();
            for (Criterion cr : content.criteria()) {
                if (cr.groupId().equals(g.id())) {
                    criteria.add(new ChecklistImport.CriterionDraft(cr.code(), cr.text(), cr.answerType(),
                            cr.valueLabels(), cr.choices(), cr.photoRequiredOnFail(), cr.parIndexCode(), cr.weight(),
                            cr.guidance()));
                }
            }
            groups.add(new ChecklistImport.GroupDraft(g.code(), g.title(), criteria));
        }
        return groups;
    }

    /** Reads a checklist laid out like {@link #exportXlsx}: the groups it would make, or every bad row. */
    public List<ChecklistImport.GroupDraft> readFile(Path file) {
        return ChecklistImport.parse(TabularReader.read(file));
    }

    /** Stores what a file held as a new draft version of the checklist in use. */
    public TemplateContent importAsDraft(List<ChecklistImport.GroupDraft> groups) {
        return db.write(c -> {
            ChecklistTemplate current = templates.currentTemplate(c)
                    .orElseThrow(() -> new AppException("error.template.none"));
            ChecklistTemplate created = createVersion(c, current.code(), current.name(), current.year(), groups, false);
            return content(c, created.id());
        });
    }

    public ChecklistTemplate updateHeader(String draftId, String name, int year) {
        if (name == null || name.isBlank()) {
            throw new AppException("error.template.nameMissing");
        }
        if (year < 2000 || year > 2100) {
            throw new AppException("error.template.yearOutOfRange", String.valueOf(year));
        }
        return db.write(c -> {
            requireDraft(c, draftId);
            templates.updateTemplateHeader(c, draftId, name.trim(), year);
            return templates.findTemplate(c, draftId).orElseThrow();
        });
    }

    /** Adds a group to a draft (id null) or renames one. */
    public ChecklistGroup saveGroup(ChecklistGroup group) {
        if (group.code() == null || group.code().isBlank() || group.title() == null || group.title().isBlank()) {
            throw new AppException("error.checklist.groupMissing");
        }
        return db.write(c -> {
            requireDraft(c, group.templateId());
            for (ChecklistGroup other : templates.groupsOf(c, group.templateId())) {
                if (other.code().equals(group.code().trim()) && !other.id().equals(group.id())) {
                    throw new AppException("error.checklist.groupCodeTaken", group.code().trim());
                }
            }
            ChecklistGroup clean = new ChecklistGroup(group.id(), group.templateId(), group.code().trim(),
                    group.title().trim(), group.sortOrder(), 0);
            String id = group.id() == null ? templates.insertGroup(c, clean) : group.id();
            if (group.id() != null) {
                templates.updateGroup(c, clean);
            }
            return templates.groupsOf(c, group.templateId()).stream().filter(g -> g.id().equals(id)).findFirst()
                    .orElseThrow();
        });
    }

    /** Removes an empty group of a draft. */
    public void deleteGroup(String templateId, String groupId) {
        db.write(c -> {
            requireDraft(c, templateId);
            if (templates.criteriaOf(c, templateId).stream().anyMatch(cr -> cr.groupId().equals(groupId))) {
                throw new AppException("error.checklist.groupNotEmpty");
            }
            return templates.deleteGroup(c, groupId);
        });
    }

    /** Adds a criterion to a draft (id null) or changes one, after the same checks as an import. */
    public Criterion saveCriterion(Criterion criterion) {
        if (criterion.code() == null || criterion.code().isBlank() || criterion.text() == null
                || criterion.text().isBlank()) {
            throw new AppException("error.checklist.criterionMissing");
        }
        String shape = ChecklistImport.shapeProblem(criterion.answerType(), criterion.valueLabels(), criterion.choices());
        if (shape != null) {
            throw new AppException(shape);
        }
        if (!ChecklistImport.validWeight(criterion.weight())) {
            throw new AppException("error.checklist.badWeight", String.valueOf(criterion.weight()));
        }
        return db.write(c -> {
            requireDraft(c, criterion.templateId());
            for (Criterion other : templates.criteriaOf(c, criterion.templateId())) {
                if (other.code().equals(criterion.code().trim()) && !other.id().equals(criterion.id())) {
                    throw new AppException("error.checklist.codeDuplicate", criterion.code().trim());
                }
            }
            Criterion clean = new Criterion(criterion.id(), criterion.templateId(), criterion.groupId(),
                    criterion.code().trim(), criterion.text().trim(), criterion.answerType(), criterion.valueLabels(),
                    criterion.choices(), criterion.photoRequiredOnFail(), blankToNull(criterion.parIndexCode()),
                    criterion.weight(), blankToNull(criterion.guidance()), criterion.sortOrder(), 0);
            String id = criterion.id() == null ? templates.insertCriterion(c, clean) : criterion.id();
            if (criterion.id() != null) {
                templates.updateCriterion(c, clean);
            }
            return templates.criteriaOf(c, criterion.templateId()).stream().filter(x -> x.id().equals(id))
                    .findFirst().orElseThrow();
        });
    }

    public void deleteCriterion(String templateId, String criterionId) {
        db.write(c -> {
            requireDraft(c, templateId);
            return templates.deleteCriterion(c, criterionId);
        });
    }

    /**
     * Puts a draft into use: new visits take it; the version in use before is retired; visits made with
     * it keep it.
     */
    public ChecklistTemplate activate(String draftId) {
        return db.write(c -> {
            ChecklistTemplate draft = requireDraft(c, draftId);
            List<ChecklistGroup> groups = templates.groupsOf(c, draftId);
            List<Criterion> criteria = templates.criteriaOf(c, draftId);
            if (criteria.isEmpty()) {
                throw new AppException("error.template.empty");
            }
            for (ChecklistGroup g : groups) {
                if (criteria.stream().noneMatch(cr -> cr.groupId().equals(g.id()))) {
                    throw new AppException("error.checklist.groupEmpty", g.code());
                }
            }
            for (ChecklistTemplate t : templates.listTemplates(c)) {
                if (t.code().equals(draft.code()) && t.status() == TemplateStatus.ACTIVE) {
                    templates.setTemplateStatus(c, t.id(), TemplateStatus.RETIRED);
                }
            }
            templates.setTemplateStatus(c, draftId, TemplateStatus.ACTIVE);
            return templates.findTemplate(c, draftId).orElseThrow();
        });
    }

    /** Throws a draft away. Drafts are never used by visits, so nothing else changes. */
    public void discardDraft(String draftId) {
        db.write(c -> {
            requireDraft(c, draftId);
            for (Criterion cr : templates.criteriaOf(c, draftId)) {
                templates.deleteCriterion(c, cr.id());
            }
            for (ChecklistGroup g : templates.groupsOf(c, draftId)) {
                templates.deleteGroup(c, g.id());
            }
            return templates.deleteTemplate(c, draftId);
        });
    }

    private ChecklistTemplate requireDraft(Connection c, String templateId) throws SQLException {
        ChecklistTemplate t = templates.findTemplate(c, templateId)
                .orElseThrow(() -> new AppException("error.template.notFound", templateId));
        if (t.status() != TemplateStatus.DRAFT || templates.visitsUsing(c, templateId) > 0) {
            throw new AppException("error.template.notDraft");
        }
        return t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // --- the Excel layout ---------------------------------------------------------------------------------

    /** Column headers of the checklist layout, as {@link ChecklistImport} reads them back. */
    static final List<String> COLUMNS = List.of("group_code", "group_title", "code", "text", "answer_type",
            "value_labels", "choices", "photo_required_on_fail", "par_index_code", "weight", "guidance");

    /**
     * Writes a version as an .xlsx a user can edit and import again as a new version: one criterion a row,
     * and a second sheet that explains the columns. Written to a temporary file and moved into place.
     */
    public void exportXlsx(String templateId, Path out, Messages messages) {
        TemplateContent content = content(templateId);
        ChecklistXlsx.write(content, out, COLUMNS, messages);
    }

    ChecklistTemplate createVersion(Connection c, String code, String name, int year,
                                    List<ChecklistImport.GroupDraft> groups, boolean activate) throws SQLException {
        if (groups.isEmpty()) {
            throw new AppException("error.import.noRows");
        }
        int version = (int) Sql.queryLong(c, "SELECT coalesce(max(version), 0) FROM checklist_templates WHERE code = ?",
                code) + 1;
        List<ChecklistTemplate> active = templates.listTemplates(c).stream()
                .filter(t -> t.code().equals(code) && t.status() == TemplateStatus.ACTIVE).toList();
        Optional<ChecklistTemplate> previous = active.stream().findFirst();
        if (activate) {
            for (ChecklistTemplate t : active) {
                templates.setTemplateStatus(c, t.id(), TemplateStatus.RETIRED);
            }
        }
        String templateId = templates.insertTemplate(c, new ChecklistTemplate(null, code, version, name, year,
                activate ? TemplateStatus.ACTIVE : TemplateStatus.DRAFT, previous.map(ChecklistTemplate::id).orElse(null),
                0));
        int groupOrder = 0;
        for (ChecklistImport.GroupDraft g : groups) {
            String groupId = templates.insertGroup(c, new ChecklistGroup(null, templateId, g.code(), g.title(),
                    ++groupOrder, 0));
            int order = 0;
            for (ChecklistImport.CriterionDraft d : g.criteria()) {
                templates.insertCriterion(c, new Criterion(null, templateId, groupId, d.code(), d.text(), d.answerType(),
                        d.valueLabels(), d.choices(), d.photoRequiredOnFail(), d.parIndexCode(), d.weight(),
                        d.guidance(), ++order, 0));
            }
        }
        return templates.findTemplate(c, templateId).orElseThrow();
    }
}
