package vn.congvu.app.export;

import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.Criterion;
import vn.congvu.store.TemplateRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The checklist versions used by the visits of one export, each read once (a plan's visits share one or two). */
final class TemplateCache {

    /** The groups and criteria of one template version. */
    record Parts(List<ChecklistGroup> groups, List<Criterion> criteria) {
    }

    private final TemplateRepository templates;
    private final Map<String, Parts> byId = new HashMap<>();

    TemplateCache(TemplateRepository templates) {
        this.templates = templates;
    }

    Parts get(Connection c, String templateId) throws SQLException {
        Parts parts = byId.get(templateId);
        if (parts == null) {
            parts = new Parts(templates.groupsOf(c, templateId), templates.criteriaOf(c, templateId));
            byId.put(templateId, parts);
        }
        return parts;
    }
}
