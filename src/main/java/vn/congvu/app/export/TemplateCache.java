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

    /** The groups and criteria of one template version, with lookups by id. */
    record Parts(List<ChecklistGroup> groups, List<Criterion> criteria, Map<String, ChecklistGroup> groupsById,
                 Map<String, Criterion> criteriaById, Map<String, Integer> positions) {

        Parts(List<ChecklistGroup> groups, List<Criterion> criteria) {
            this(groups, criteria, index(groups, ChecklistGroup::id), index(criteria, Criterion::id), positions(criteria));
        }

        /** Where a criterion comes in the checklist (criteria are read in group, then criterion order). */
        int position(String criterionId) {
            return positions.getOrDefault(criterionId, Integer.MAX_VALUE);
        }

        private static Map<String, Integer> positions(List<Criterion> criteria) {
            Map<String, Integer> out = new HashMap<>();
            for (int i = 0; i < criteria.size(); i++) {
                out.putIfAbsent(criteria.get(i).id(), i);
            }
            return out;
        }

        ChecklistGroup group(String id) {
            return groupsById.get(id);
        }

        Criterion criterion(String id) {
            return criteriaById.get(id);
        }

        private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
            Map<String, T> out = new HashMap<>();
            items.forEach(i -> out.putIfAbsent(id.apply(i), i));
            return out;
        }
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
