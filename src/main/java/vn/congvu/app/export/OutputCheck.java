package vn.congvu.app.export;

import java.nio.file.Path;

/**
 * Whether a file can be written where the user asked, and the name to offer instead.
 *
 * @param requested   the file asked for
 * @param state       what stands in the way, or {@link State#FREE}
 * @param alternative a free name beside it ("Bien ban (2).docx"), offered for EXISTS and IN_USE; null otherwise
 */
public record OutputCheck(Path requested, State state, Path alternative) {

    public enum State {
        /** nothing there: write away */
        FREE,
        /** a file of that name exists; ask: replace it, or use the alternative */
        EXISTS,
        /** the file is open in Word, Excel or LibreOffice (their lock file is there, or it cannot be opened for writing) */
        IN_USE,
        /** the folder does not exist */
        FOLDER_MISSING,
        /** the folder exists but nothing can be created in it */
        FOLDER_READ_ONLY,
        /** the name is that of a folder */
        IS_FOLDER
    }

    /** Whether the caller must choose (replace or new name) before exporting. */
    public boolean needsChoice() {
        return state == State.EXISTS || state == State.IN_USE;
    }
}
