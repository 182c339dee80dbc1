package vn.congvu.exchange;

/** What importing a package does to one record here. */
public enum MergeAction {
    /** a record this laptop did not have */
    NEW,
    /** a newer version of a record this laptop had (made elsewhere after this laptop's version) */
    UPDATED,
    /** nothing to do: the same version, or an older one */
    UNCHANGED,
    /** a deletion (a tombstone) of a record, live here or not */
    DELETED,
    /** kept aside with both versions for the user to choose */
    CONFLICT
}
