package vn.congvu.app;

import vn.congvu.domain.Unit;

import java.util.List;

/** What importing a file of units would do, row by row; shown before anything is written. */
public record UnitImportPlan(List<Entry> entries) {

    public enum Action {
        NEW, UPDATE, UNCHANGED
    }

    /**
     * One row: the unit as the file has it, the unit it replaces (null when new), the code of the parent
     * unit the row names (null when none), and the action.
     */
    public record Entry(int row, Unit proposed, Unit existing, String parentCode, Action action) {
    }

    public UnitImportPlan {
        entries = List.copyOf(entries);
    }

    public long count(Action action) {
        return entries.stream().filter(e -> e.action() == action).count();
    }
}
