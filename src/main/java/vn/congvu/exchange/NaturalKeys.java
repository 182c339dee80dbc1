package vn.congvu.exchange;

import vn.congvu.store.Table;

import java.util.List;
import java.util.Map;

/**
 * The natural keys the schema keeps unique among live records (its UNIQUE indexes), and what a merge
 * does when two records with different ids claim one: records that nothing refers to (two inspectors
 * answered the same criterion, added the same holiday or the same unit to a plan) become a DUPLICATE
 * conflict for the user to choose; records others refer to (units, templates, groups, criteria) cannot
 * be held aside without orphaning what refers to them, so the package is refused with the key named.
 * A test keeps this list equal to the unique indexes of the schema.
 */
public final class NaturalKeys {

    public enum OnClash {
        CONFLICT, REJECT
    }

    /** @param liveOnly false when the unique index covers tombstones too */
    public record Key(Table table, List<String> columns, OnClash onClash, boolean liveOnly) {
    }

    public static final Map<Table, Key> KEYS = Map.of(
            Table.UNITS, new Key(Table.UNITS, List.of("code"), OnClash.REJECT, true),
            Table.PLAN_UNITS, new Key(Table.PLAN_UNITS, List.of("plan_id", "unit_id"), OnClash.CONFLICT, true),
            Table.CHECKLIST_TEMPLATES, new Key(Table.CHECKLIST_TEMPLATES, List.of("code", "version"), OnClash.REJECT,
                    false),
            Table.CHECKLIST_GROUPS, new Key(Table.CHECKLIST_GROUPS, List.of("template_id", "code"), OnClash.REJECT, true),
            Table.CRITERIA, new Key(Table.CRITERIA, List.of("template_id", "code"), OnClash.REJECT, true),
            Table.ANSWERS, new Key(Table.ANSWERS, List.of("visit_id", "criterion_id"), OnClash.CONFLICT, true),
            Table.CALENDAR_DAYS, new Key(Table.CALENDAR_DAYS, List.of("day"), OnClash.CONFLICT, true));

    private NaturalKeys() {
    }
}
