package vn.congvu.report.minutes;

import vn.congvu.report.word.WordTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Writes the minutes (biên bản kiểm tra) of one visit from a template checked against {@link MinutesSchema}. */
public final class MinutesDocument {

    /** The template shipped with the app, on the classpath. */
    public static final String SHIPPED_TEMPLATE = "/assets/templates/bien-ban-kiem-tra.docx";

    private final WordTemplate template = new WordTemplate(MinutesSchema.SCHEMA);

    /** Renders {@code model} into {@code template} and writes the .docx to {@code out}. */
    public void write(MinutesModel model, InputStream template, Path out) throws IOException {
        this.template.render(template, MinutesData.of(model), out);
    }

    /** Checks a template a team lead edited, without writing anything. */
    public void check(InputStream template) throws IOException {
        this.template.check(template);
    }
}
