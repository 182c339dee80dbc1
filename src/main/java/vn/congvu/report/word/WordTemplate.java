package vn.congvu.report.word;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.config.GramerSymbol;
import com.deepoove.poi.exception.RenderException;
import com.deepoove.poi.exception.ResolverException;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ooxml.POIXMLException;
import vn.congvu.report.word.TemplateException.Problem;
import vn.congvu.report.word.TemplateSchema.Kind;
import vn.congvu.report.word.TemplateSchema.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a Word template with poi-tl after checking it against its {@link TemplateSchema}, and saves the result.
 * Text goes through {@link SafeTextPolicy}, photos through {@link PhotoPolicy}, tables built in code and charts
 * through {@link BlockPolicy}, repeated table rows through poi-tl's loop-row policy.
 */
public final class WordTemplate {

    private static final Pattern TAG_IN_MESSAGE = Pattern.compile("\\{\\{[^}]*}}");

    private final TemplateSchema schema;

    public WordTemplate(TemplateSchema schema) {
        this.schema = schema;
    }

    /** A configuration per document: the photo policy collects that document's photo files. */
    private Configure config(MediaFiles media) {
        SafeTextPolicy text = new SafeTextPolicy();
        ConfigureBuilder builder = Configure.builder()
                .addPlugin(GramerSymbol.TEXT.getSymbol(), text)
                .addPlugin(GramerSymbol.TEXT_ALIAS.getSymbol(), text)
                .addPlugin(GramerSymbol.IMAGE.getSymbol(), new PhotoPolicy(media));
        LoopRowTableRenderPolicy rows = new LoopRowTableRenderPolicy();
        BlockPolicy blocks = new BlockPolicy();
        for (Tag tag : allTags(schema)) {
            if (tag.kind() == Kind.ROWS) {
                builder.bind(tag.name(), rows);
            } else if (tag.kind() == Kind.BLOCK) {
                builder.bind(tag.name(), blocks);
            }
        }
        return builder.build();
    }

    /**
     * Checks {@code template}, renders {@code data} into it and writes the document to {@code out}.
     *
     * @throws TemplateException when the template is not a .docx or holds a tag this schema does not know
     * @throws IOException       when {@code out} cannot be written
     */
    public void render(InputStream template, Map<String, Object> data, Path out) throws IOException {
        MediaFiles media = new MediaFiles();
        try (XWPFTemplate compiled = compile(template, config(media))) {
            new TemplateCheck(compiled.getXWPFDocument()).check(compiled.getElementTemplates(), schema);
            try {
                compiled.render(data);
            } catch (RenderException e) {
                throw unwrapIo(e);
            }
            try {
                DocxFile.save(compiled.getXWPFDocument(), out, media);
            } catch (OpenXML4JRuntimeException | POIXMLException e) {
                throw unwrapIo(e);
            }
        }
    }

    /** Only compiles and checks: for a settings screen that wants to validate a template when it is chosen. */
    public void check(InputStream template) throws IOException {
        try (XWPFTemplate compiled = compile(template, config(new MediaFiles()))) {
            new TemplateCheck(compiled.getXWPFDocument()).check(compiled.getElementTemplates(), schema);
        }
    }

    private static XWPFTemplate compile(InputStream template, Configure config) {
        try {
            return XWPFTemplate.compile(template, config);
        } catch (ResolverException e) {
            String message = String.valueOf(e.getMessage());
            if (message.startsWith("Mismatched")) {
                Matcher m = TAG_IN_MESSAGE.matcher(message);
                throw new TemplateException(Problem.UNBALANCED, m.find() ? m.group() : null, null, message, e);
            }
            throw new TemplateException(Problem.UNREADABLE, null, null, message, e);
        } catch (RuntimeException e) {
            // POI's refusals of what is not a .docx (an old .doc, a zip of something else, a truncated file)
            throw new TemplateException(Problem.UNREADABLE, null, null, e.getMessage(), e);
        }
    }

    /** Disk full and the like arrive wrapped in POI's and poi-tl's runtime exceptions. */
    private static IOException unwrapIo(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t instanceof UncheckedIOException uio) {
                return uio.getCause();
            }
        }
        throw e;
    }

    private static List<Tag> allTags(TemplateSchema schema) {
        List<Tag> out = new ArrayList<>();
        for (Tag tag : schema.tags().values()) {
            out.add(tag);
            if (tag.items() != null) {
                out.addAll(allTags(tag.items()));
            }
        }
        return out;
    }
}
