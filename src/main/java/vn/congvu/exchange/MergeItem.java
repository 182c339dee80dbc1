package vn.congvu.exchange;

/**
 * One record of a package and what importing it does.
 *
 * @param table        the table's SQL name ({@code app.exchange.TableNames} names it to a person)
 * @param label        a few words that identify the record to a person (a name, a code, a text)
 * @param conflictKind set when {@code action} is CONFLICT
 */
public record MergeItem(String table, String recordId, String visitId, MergeAction action, ConflictKind conflictKind,
                        String label) {
}
