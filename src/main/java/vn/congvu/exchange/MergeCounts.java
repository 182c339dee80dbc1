package vn.congvu.exchange;

import java.util.Collection;

/** How many records of a package are new, updated, unchanged, conflicting and deleted. */
public record MergeCounts(int added, int updated, int unchanged, int conflicting, int deleted) {

    public static MergeCounts of(Collection<MergeItem> items) {
        int[] n = new int[MergeAction.values().length];
        for (MergeItem i : items) {
            n[i.action().ordinal()]++;
        }
        return new MergeCounts(n[MergeAction.NEW.ordinal()], n[MergeAction.UPDATED.ordinal()],
                n[MergeAction.UNCHANGED.ordinal()], n[MergeAction.CONFLICT.ordinal()], n[MergeAction.DELETED.ordinal()]);
    }

    public int total() {
        return added + updated + unchanged + conflicting + deleted;
    }

    /** Whether importing would change any record. */
    public boolean changesSomething() {
        return added + updated + conflicting + deleted > 0;
    }
}
