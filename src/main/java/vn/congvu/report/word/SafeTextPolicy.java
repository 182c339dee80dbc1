package vn.congvu.report.word;

import com.deepoove.poi.policy.AbstractRenderPolicy;
import com.deepoove.poi.render.RenderContext;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import vn.congvu.report.XmlText;

/**
 * Renders text tags. Replaces poi-tl's text policy because inspectors' notes hold what XML forbids (a file
 * with one does not open) and tabs (poi-tl writes them as a literal character, which Word shows as a space);
 * here forbidden characters are dropped, line breaks become {@code <w:br/>} and tabs {@code <w:tab/>}, in the
 * formatting of the tag itself.
 */
final class SafeTextPolicy extends AbstractRenderPolicy<String> {

    @Override
    protected String cast(Object source) {
        return source == null ? null : XmlText.clean(source.toString());
    }

    @Override
    protected boolean validate(String data) {
        return data != null;
    }

    @Override
    public void doRender(RenderContext<String> context) {
        write(context.getRun(), context.getData());
    }

    /** Writes {@code text} into {@code run}, replacing what it held. */
    static void write(XWPFRun run, String text) {
        String[] lines = text.split("\n", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            String[] cells = lines[i].split("\t", -1);
            for (int j = 0; j < cells.length; j++) {
                if (j > 0) {
                    run.addTab();
                }
                if (first) {
                    run.setText(cells[j], 0);
                    first = false;
                } else if (!cells[j].isEmpty()) {
                    run.setText(cells[j]);
                }
            }
        }
    }
}
