package vn.congvu.app.export;

/** What to do when the chosen file already exists or is open in Word: never decided silently. */
public enum IfExists {
    /** stop with a message that names the file and a free alternative (the default) */
    REFUSE,
    /** replace the file, in one step, once the new one is complete; refused while the file is open */
    REPLACE,
    /** write to the free alternative name instead ("Bien ban (2).docx") */
    NEW_NAME
}
