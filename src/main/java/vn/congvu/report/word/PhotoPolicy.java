package vn.congvu.report.word;

import com.deepoove.poi.policy.AbstractRenderPolicy;
import com.deepoove.poi.render.RenderContext;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTEffectExtent;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import vn.congvu.report.Nd30Layout;
import vn.congvu.report.photo.EmbeddablePhoto;
import vn.congvu.report.photo.ImageHeader;
import vn.congvu.report.photo.Orientation;

import java.io.ByteArrayInputStream;

/**
 * Renders {@code {{@photo}}} tags: the photo's own bytes, scaled to fit the text width and
 * {@link Nd30Layout#PHOTO_MAX_HEIGHT_MM}, turned upright by the drawing's rotation and mirroring rather than
 * by re-encoding (decoding 30 photos of 12 megapixels alone would take several seconds). The picture part
 * gets a placeholder that {@link MediaFiles} replaces by the file when the document is saved. A null photo
 * drops the paragraph; the caption beside it says why. A {@link QrCode} goes in at its printed size.
 */
final class PhotoPolicy extends AbstractRenderPolicy<Object> {

    private final MediaFiles media;

    PhotoPolicy(MediaFiles media) {
        this.media = media;
    }

    private static final long MAX_WIDTH_EMU = (long) Nd30Layout.TEXT_WIDTH_TWIPS * Nd30Layout.EMU_PER_TWIP;
    private static final long MAX_HEIGHT_EMU = (long) Nd30Layout.PHOTO_MAX_HEIGHT_MM * Nd30Layout.EMU_PER_MM;
    private static final int ROTATION_UNITS_PER_DEGREE = 60_000;

    @Override
    protected boolean validate(Object data) {
        return data instanceof EmbeddablePhoto || data instanceof QrCode;
    }

    @Override
    public void doRender(RenderContext<Object> context) throws Exception {
        XWPFRun run = context.getRun();
        run.setText("", 0);
        if (context.getData() instanceof QrCode qr) {
            // a few hundred bytes: embedded as they are, in whichever part the tag is (the page footer too)
            long side = (long) qr.sizeMm() * Nd30Layout.EMU_PER_MM;
            run.addPicture(new ByteArrayInputStream(qr.png()), PictureType.PNG, "qr.png", (int) side, (int) side);
            return;
        }
        EmbeddablePhoto photo = (EmbeddablePhoto) context.getData();

        double scale = Math.min((double) MAX_WIDTH_EMU / photo.uprightWidth(),
                (double) MAX_HEIGHT_EMU / photo.uprightHeight());
        long shownWidth = Math.round(photo.uprightWidth() * scale);
        long shownHeight = Math.round(photo.uprightHeight() * scale);
        Orientation orientation = photo.orientation();
        // the drawing keeps the stored picture's proportions and is turned as a whole
        long shapeWidth = orientation.swapsSides() ? shownHeight : shownWidth;
        long shapeHeight = orientation.swapsSides() ? shownWidth : shownHeight;

        PictureType type = photo.header().format() == ImageHeader.Format.PNG ? PictureType.PNG : PictureType.JPEG;
        String name = photo.header().format() == ImageHeader.Format.PNG ? "photo.png" : "photo.jpeg";
        XWPFPicture picture = run.addPicture(new ByteArrayInputStream(media.placeholder()), type, name,
                (int) shapeWidth, (int) shapeHeight);
        media.bind(picture.getPictureData().getPackagePart().getPartName().getName(), photo);

        CTTransform2D xfrm = picture.getCTPicture().getSpPr().getXfrm();
        if (orientation.clockwiseDegrees() != 0) {
            xfrm.setRot(orientation.clockwiseDegrees() * ROTATION_UNITS_PER_DEGREE);
        }
        if (orientation.flipH()) {
            xfrm.setFlipH(true);
        }
        if (orientation.flipV()) {
            xfrm.setFlipV(true);
        }
        if (orientation.swapsSides()) {
            // the line must make room for the turned picture: extent plus effect extent is what it occupies
            CTInline inline = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1).getInlineArray(0);
            CTEffectExtent effect = inline.isSetEffectExtent() ? inline.getEffectExtent() : inline.addNewEffectExtent();
            long dx = (shapeHeight - shapeWidth) / 2;
            effect.setL(dx);
            effect.setR(dx);
            effect.setT(-dx);
            effect.setB(-dx);
        }
    }
}
