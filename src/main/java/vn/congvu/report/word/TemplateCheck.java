package vn.congvu.report.word;

import com.deepoove.poi.template.BlockTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.IterableTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.congvu.report.word.TemplateException.Problem;
import vn.congvu.report.word.TemplateSchema.Kind;
import vn.congvu.report.word.TemplateSchema.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a compiled template against its schema before rendering. poi-tl on its own prints nothing for a tag
 * it has no data for and leaves text it does not recognise as a tag ("{{ tên }}") in the document; both would
 * reach a signed document unnoticed, so both are refused here with the tag and where it is.
 */
final class TemplateCheck {

    /** What poi-tl takes for a tag: an optional sign, then ASCII words joined by dots. */
    private static final Pattern WELL_FORMED = Pattern.compile("[?/@#*+=]?[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*");
    private static final Pattern BRACES = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern ROW_FIELD = Pattern.compile("\\[([^\\[\\]]*)]");
    /** names poi-tl sets inside a repeated block */
    private static final Set<String> LOOP_VARIABLES = Set.of("_index", "_is_first", "_is_last", "_has_next",
            "_is_even_item", "_is_odd_item");
    private static final int EXCERPT_LENGTH = 40;

    private final XWPFDocument document;

    TemplateCheck(XWPFDocument document) {
        this.document = document;
    }

    /** @throws TemplateException on the first problem, in document order */
    void check(List<MetaTemplate> compiled, TemplateSchema schema) {
        scanForMalformedTags();
        walk(compiled, schema, false);
    }

    private void walk(List<MetaTemplate> templates, TemplateSchema schema, boolean inBlock) {
        for (MetaTemplate template : templates) {
            if (template instanceof IterableTemplate block) {
                checkBlock(block, schema, inBlock);
            } else if (template instanceof RunTemplate run) {
                checkRun(run, schema, inBlock);
            } else if (template instanceof ElementTemplate element) {
                // a tag in the alternative text of a picture or chart: the documents use none
                throw new TemplateException(Problem.UNKNOWN_TAG, element.getSource(),
                        new TagLocation(TagLocation.Part.OTHER, 0, 0, 0, 0, null));
            } else if (template instanceof BlockTemplate block) {
                throw new TemplateException(Problem.WRONG_KIND, block.getStartMark().getSource(),
                        locate(block.getStartRun()));
            }
        }
    }

    private void checkBlock(IterableTemplate block, TemplateSchema schema, boolean inBlock) {
        RunTemplate start = block.getStartMark();
        Tag tag = find(schema, start);
        switch (tag.kind()) {
            case SECTION -> walk(block.getTemplates(), tag.items(), true);
            case CONDITION -> walk(block.getTemplates(), schema, inBlock);
            default -> throw new TemplateException(Problem.WRONG_KIND, start.getSource(), locate(start.getRun()));
        }
    }

    private void checkRun(RunTemplate run, TemplateSchema schema, boolean inBlock) {
        char sign = run.getSign() == null ? '\0' : run.getSign();
        if (inBlock && sign == '\0' && LOOP_VARIABLES.contains(run.getTagName())) {
            return;
        }
        Tag tag = find(schema, run);
        boolean fits = switch (sign) {
            case '\0', '=' -> tag.kind() == Kind.TEXT || tag.kind() == Kind.ROWS || tag.kind() == Kind.BLOCK;
            case '@' -> tag.kind() == Kind.PICTURE;
            default -> false;
        };
        if (!fits) {
            throw new TemplateException(Problem.WRONG_KIND, run.getSource(), locate(run.getRun()));
        }
        if (tag.kind() == Kind.ROWS) {
            checkTemplateRow(run, tag.items());
        }
    }

    private Tag find(TemplateSchema schema, RunTemplate run) {
        Optional<Tag> tag = schema.tag(run.getTagName());
        if (tag.isEmpty()) {
            throw new TemplateException(Problem.UNKNOWN_TAG, run.getSource(), locate(run.getRun()));
        }
        return tag.get();
    }

    /** The row under a rows tag repeats; its [field] tags must be fields of an item. */
    private void checkTemplateRow(RunTemplate run, TemplateSchema items) {
        XWPFParagraph paragraph = (XWPFParagraph) run.getRun().getParent();
        if (!(paragraph.getBody() instanceof XWPFTableCell cell)) {
            throw new TemplateException(Problem.WRONG_KIND, run.getSource(), locate(run.getRun()));
        }
        XWPFTable table = cell.getTableRow().getTable();
        int rowIndex = table.getRows().indexOf(cell.getTableRow());
        if (rowIndex + 1 >= table.getRows().size()) {
            throw new TemplateException(Problem.UNBALANCED, run.getSource(), locate(run.getRun()));
        }
        XWPFTableRow templateRow = table.getRow(rowIndex + 1);
        for (XWPFTableCell rowCell : templateRow.getTableCells()) {
            for (XWPFParagraph p : rowCell.getParagraphs()) {
                Matcher m = ROW_FIELD.matcher(p.getText());
                while (m.find()) {
                    String name = m.group(1);
                    boolean known = items.tag(name).filter(t -> t.kind() == Kind.TEXT).isPresent()
                            || LOOP_VARIABLES.contains(name);
                    if (!known) {
                        throw new TemplateException(WELL_FORMED.matcher(name).matches() ? Problem.UNKNOWN_TAG
                                : Problem.MALFORMED_TAG, m.group(), locate(p));
                    }
                }
            }
        }
    }

    private void scanForMalformedTags() {
        for (XWPFParagraph p : allParagraphs()) {
            Matcher m = BRACES.matcher(p.getText());
            while (m.find()) {
                if (!WELL_FORMED.matcher(m.group(1)).matches()) {
                    throw new TemplateException(Problem.MALFORMED_TAG, m.group(), locate(p));
                }
            }
        }
    }

    private List<XWPFParagraph> allParagraphs() {
        List<XWPFParagraph> out = new ArrayList<>();
        collect(document.getBodyElements(), out);
        for (XWPFHeader header : document.getHeaderList()) {
            collect(header.getBodyElements(), out);
        }
        for (XWPFFooter footer : document.getFooterList()) {
            collect(footer.getBodyElements(), out);
        }
        return out;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                out.add(p);
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), out);
                    }
                }
            }
        }
    }

    private TagLocation locate(XWPFRun run) {
        return run.getParent() instanceof XWPFParagraph p ? locate(p)
                : new TagLocation(TagLocation.Part.OTHER, 0, 0, 0, 0, null);
    }

    TagLocation locate(XWPFParagraph p) {
        String text = p.getText().strip();
        String excerpt = text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH) + "…" : text;
        IBody body = p.getBody();
        if (body instanceof XWPFTableCell cell) {
            XWPFTableRow row = cell.getTableRow();
            XWPFTable table = row.getTable();
            return new TagLocation(TagLocation.Part.TABLE, 0, document.getTables().indexOf(table) + 1,
                    table.getRows().indexOf(row) + 1, row.getTableCells().indexOf(cell) + 1, excerpt);
        }
        if (body instanceof XWPFHeaderFooter hf) {
            return new TagLocation(hf instanceof XWPFHeader ? TagLocation.Part.HEADER : TagLocation.Part.FOOTER,
                    hf.getParagraphs().indexOf(p) + 1, 0, 0, 0, excerpt);
        }
        if (body instanceof XWPFDocument) {
            return new TagLocation(TagLocation.Part.BODY, document.getParagraphs().indexOf(p) + 1, 0, 0, 0, excerpt);
        }
        return new TagLocation(TagLocation.Part.OTHER, 0, 0, 0, 0, excerpt);
    }
}
