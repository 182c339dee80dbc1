package vn.congvu.app.visit;

/** The fields of the dossier form a problem points at, so the UI marks the right ones. */
public enum DossierInputField {
    CODE, PROCEDURE, RECEIVED_AT, LIMIT_DAYS, LIMIT_KIND, RETURNED_AT, APOLOGY_ISSUED
}
