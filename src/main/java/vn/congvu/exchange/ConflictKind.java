package vn.congvu.exchange;

/** Why two versions could not be merged without asking. */
public enum ConflictKind {
    /** the same record was changed (or changed and deleted) on two laptops since they last exchanged */
    EDIT,
    /** two records with different ids claim the same natural key (the same criterion answered twice) */
    DUPLICATE,
    /** a change arrived for a visit that is finalised here; it waits until the visit is reopened */
    FINALISED
}
