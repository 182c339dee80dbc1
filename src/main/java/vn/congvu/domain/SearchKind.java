package vn.congvu.domain;

/** What a search hit points at. */
public enum SearchKind {
    UNIT, OFFICIAL, DOSSIER, FINDING, VISIT, RECOMMENDATION
}
