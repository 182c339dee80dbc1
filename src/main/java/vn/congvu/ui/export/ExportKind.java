package vn.congvu.ui.export;

/** The three documents the app exports, with what their file chooser and progress window say. */
public enum ExportKind {
    /** biên bản kiểm tra of one visit */
    MINUTES("docx", "Bien-ban"),
    /** báo cáo kết quả kiểm tra of one plan */
    REPORT("docx", "Bao-cao"),
    /** bảng tổng hợp of one plan, or of every visit */
    SUMMARY("xlsx", "Bang-tong-hop"),
    /** a copy of the shipped minutes template, for a team lead to edit in Word */
    MINUTES_TEMPLATE("docx", "Mau-bien-ban"),
    /** a copy of the shipped report template */
    REPORT_TEMPLATE("docx", "Mau-bao-cao");

    private final String extension;
    private final String filePrefix;

    ExportKind(String extension, String filePrefix) {
        this.extension = extension;
        this.filePrefix = filePrefix;
    }

    public String extension() {
        return extension;
    }

    String filePrefix() {
        return filePrefix;
    }

    /** "Xuất biên bản", … : the title of the chooser and of the progress window. */
    public String titleKey() {
        return "ui.export.title." + name();
    }

    /** "Tài liệu Word (*.docx)" or "Bảng tính Excel (*.xlsx)". */
    String filterKey() {
        return "ui.export.filter." + extension;
    }
}
