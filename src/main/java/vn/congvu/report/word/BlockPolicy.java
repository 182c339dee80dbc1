package vn.congvu.report.word;

import com.deepoove.poi.policy.AbstractRenderPolicy;
import com.deepoove.poi.render.RenderContext;
import com.deepoove.poi.xwpf.BodyContainerFactory;

/** Renders block tags by handing the place to the {@link WordBlock} in the data. */
final class BlockPolicy extends AbstractRenderPolicy<WordBlock> {

    @Override
    protected boolean validate(WordBlock data) {
        return data != null;
    }

    @Override
    public void doRender(RenderContext<WordBlock> context) throws Exception {
        context.getRun().setText("", 0);
        context.getData().render(context.getXWPFDocument(), context.getRun());
    }

    @Override
    protected void afterRender(RenderContext<WordBlock> context) {
        // a table goes before the tag's paragraph, which is then empty; a chart stays in its run
        if (context.getData().replacesParagraph()) {
            BodyContainerFactory.getBodyContainer(context.getRun()).clearPlaceholder(context.getRun());
        }
    }
}
