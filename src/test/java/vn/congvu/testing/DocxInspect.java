package vn.congvu.testing;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a generated .docx back for tests: its paragraphs in order (tables included), the formatting a run
 * really has once paragraph styles and document defaults are applied, and its raw XML parts.
 */
public final class DocxInspect implements AutoCloseable {

    public final XWPFDocument doc;
    private final Path file;
    private final CTStyles styles;

    public DocxInspect(Path file) throws IOException {
        this.file = file;
        try (InputStream in = Files.newInputStream(file)) {
            this.doc = new XWPFDocument(in);
        }
        PackagePart part = doc.getStyles().getPackagePart();
        try (InputStream in = part.getInputStream()) {
            this.styles = StylesDocument.Factory.parse(in).getStyles();
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IOException(e);
        }
    }

    /** Every paragraph of the body, those in table cells included, in document order. */
    public List<XWPFParagraph> paragraphs() {
        List<XWPFParagraph> out = new ArrayList<>();
        collect(doc.getBodyElements(), out);
        return out;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), out);
                    }
                }
            }
        }
    }

    /** The first paragraph whose text starts with {@code start}. */
    public XWPFParagraph paragraphStartingWith(String start) {
        return paragraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with " + start));
    }

    public String text() {
        StringBuilder s = new StringBuilder();
        paragraphs().forEach(p -> s.append(p.getText()).append('\n'));
        return s.toString();
    }

    /** Effective font size in points of {@code run}. */
    public double size(XWPFRun run) {
        Integer halfPoints = resolve(run,
                pr -> pr.sizeOfSzArray() > 0 ? Integer.valueOf(String.valueOf(pr.getSzArray(0).getVal())) : null);
        return halfPoints == null ? 10 : halfPoints / 2.0;
    }

    public boolean bold(XWPFRun run) {
        return Boolean.TRUE.equals(resolve(run, pr -> pr.sizeOfBArray() > 0 ? on(pr.getBArray(0)) : null));
    }

    public boolean italic(XWPFRun run) {
        return Boolean.TRUE.equals(resolve(run, pr -> pr.sizeOfIArray() > 0 ? on(pr.getIArray(0)) : null));
    }

    /** The ASCII font the run is drawn in. */
    public String font(XWPFRun run) {
        return resolve(run, pr -> pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0).getAscii() : null);
    }

    private static Boolean on(CTOnOff v) {
        return v.getVal() == null || Boolean.parseBoolean(String.valueOf(v.getVal())) || "1".equals(String.valueOf(v.getVal()))
                || "on".equals(String.valueOf(v.getVal()));
    }

    private <T> T resolve(XWPFRun run, Function<CTRPr, T> fromRun) {
        CTRPr own = run.getCTR().getRPr();
        if (own != null) {
            T v = fromRun.apply(own);
            if (v != null) {
                return v;
            }
        }
        String styleId = ((XWPFParagraph) run.getParent()).getStyle();
        for (CTStyle style = find(styleId == null ? "Normal" : styleId); style != null;
             style = style.getBasedOn() == null ? null : find(style.getBasedOn().getVal())) {
            if (style.getRPr() != null) {
                T v = fromRunStyle(style.getRPr(), fromRun);
                if (v != null) {
                    return v;
                }
            }
        }
        if (styles.getDocDefaults() != null && styles.getDocDefaults().getRPrDefault() != null
                && styles.getDocDefaults().getRPrDefault().getRPr() != null) {
            return fromRun.apply(styles.getDocDefaults().getRPrDefault().getRPr());
        }
        return null;
    }

    /** A style's rPr is a CTRPr in the schema POI uses. */
    private static <T> T fromRunStyle(Object rPr, Function<CTRPr, T> fromRun) {
        return rPr instanceof CTRPr r ? fromRun.apply(r) : null;
    }

    public CTStyle find(String id) {
        for (CTStyle s : styles.getStyleArray()) {
            if (id.equals(s.getStyleId())) {
                return s;
            }
        }
        return null;
    }

    public CTStyles styles() {
        return styles;
    }

    /** The XML of every part whose name matches {@code regex}, concatenated. */
    public String xml(String regex) throws IOException {
        StringBuilder s = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().matches(regex)) {
                    try (InputStream in = zip.getInputStream(e)) {
                        s.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
