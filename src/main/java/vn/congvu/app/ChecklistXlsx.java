package vn.congvu.app;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.app.export.AtomicFile;
import vn.congvu.domain.Criterion;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a checklist version in the layout {@code ChecklistImport} reads, so that a team lead can edit it
 * in Excel and import it as the next version.
 */
final class ChecklistXlsx {

    private ChecklistXlsx() {
    }

    static void write(TemplateService.TemplateContent content, Path out, List<String> columns, Messages messages) {
        AtomicFile.write(out, file -> {
            try (XSSFWorkbook wb = build(content, columns, messages); OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        });
    }

    private static XSSFWorkbook build(TemplateService.TemplateContent content, List<String> columns,
                                      Messages messages) {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);

        Sheet sheet = wb.createSheet(messages.get("template.xlsx.sheet"));
        Row head = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            head.createCell(i).setCellValue(columns.get(i));
            head.getCell(i).setCellStyle(header);
        }
        Map<String, ChecklistGroup> groups = new HashMap<>();
        content.groups().forEach(g -> groups.put(g.id(), g));
        int r = 1;
        for (Criterion cr : content.criteria()) {
            ChecklistGroup g = groups.get(cr.groupId());
            Row row = sheet.createRow(r++);
            String[] values = {g.code(), g.title(), cr.code(), cr.text(), cr.answerType().name(),
                    String.join("|", cr.valueLabels()), String.join("|", cr.choices()),
                    cr.photoRequiredOnFail() ? "1" : "0", cr.parIndexCode() == null ? "" : cr.parIndexCode(),
                    null, cr.guidance() == null ? "" : cr.guidance()};
            for (int i = 0; i < values.length; i++) {
                if (i == 9) {
                    row.createCell(i).setCellValue(cr.weight());
                } else {
                    row.createCell(i).setCellValue(values[i]);
                    if (i == 1 || i == 3 || i == 10) {
                        row.getCell(i).setCellStyle(wrap);
                    }
                }
            }
        }
        int[] widths = {10, 36, 8, 60, 14, 36, 36, 10, 10, 8, 50};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);

        Sheet help = wb.createSheet(messages.get("template.xlsx.helpSheet"));
        for (int i = 0; i < columns.size(); i++) {
            Row row = help.createRow(i);
            row.createCell(0).setCellValue(columns.get(i));
            row.getCell(0).setCellStyle(header);
            row.createCell(1).setCellValue(messages.get("template.xlsx.column." + columns.get(i)));
            row.getCell(1).setCellStyle(wrap);
        }
        help.setColumnWidth(0, 26 * 256);
        help.setColumnWidth(1, 100 * 256);

        return wb;
    }
}
