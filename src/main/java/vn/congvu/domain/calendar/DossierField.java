package vn.congvu.domain.calendar;

/** The fields of a sampled dossier that a {@link DossierProblem} points at, so the UI can mark them. */
public enum DossierField {
    RECEIVED_AT, LIMIT_DAYS, LIMIT_KIND, DUE_DATE, RETURNED_AT, APOLOGY_ISSUED
}
