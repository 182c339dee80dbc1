package vn.congvu.app.export;

/** The stages of an export, for progress messages ({@link #messageKey()} is in both bundles). */
public enum ExportStep {
    /** reading and scoring the records */
    READING,
    /** reading the evidence photos */
    PHOTOS,
    /** writing the document */
    WRITING,
    /** moving the finished file into place */
    FINISHING;

    public String messageKey() {
        return "export.step." + name();
    }
}
