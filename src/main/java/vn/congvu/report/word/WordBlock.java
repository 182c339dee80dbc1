package vn.congvu.report.word;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Content the program builds itself in place of a block tag (a table whose columns depend on the data, a
 * chart). The tag's paragraph is removed afterwards when nothing else is in it.
 */
public interface WordBlock {

    /** Builds the content at {@code tagRun}, whose text has already been cleared. */
    void render(XWPFDocument document, XWPFRun tagRun) throws Exception;

    /**
     * Whether the content goes beside the tag's paragraph (a table), which is then removed when empty; false
     * for content inside the run (a chart), whose paragraph must stay although poi-tl sees no text in it.
     */
    default boolean replacesParagraph() {
        return true;
    }
}
