package vn.congvu.exchange;

import vn.congvu.store.Table;

/**
 * One record of a package and what importing it does.
 *
 * @param label        a few words that identify the record to a person (a name, a code, a text)
 * @param conflictKind set when {@code action} is CONFLICT
 */
public record MergeItem(Table table, String recordId, String visitId, MergeAction action, ConflictKind conflictKind,
                        String label) {
}
