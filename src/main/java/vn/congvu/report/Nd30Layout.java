package vn.congvu.report;

/**
 * The layout of administrative documents under Nghị định 30/2020/NĐ-CP, Phụ lục I, as numbers. Each
 * value is chosen inside the range the decree allows; the range is in the comment, so a change stays
 * legal. Word measures in twentieths of a point (twips, 1 mm ≈ 56.7), font sizes in half-points and
 * drawings in EMU (1 mm = 36,000).
 */
public final class Nd30Layout {

    private Nd30Layout() {
    }

    public static final String FONT = "Times New Roman";
    /** Văn bản dùng tiếng Việt: the language tag put on every run, so spell checking and hyphenation fit. */
    public static final String LANGUAGE = "vi-VN";

    // --- page: A4 portrait ----------------------------------------------------------------------------
    public static final int PAGE_WIDTH_TWIPS = 11_906;
    public static final int PAGE_HEIGHT_TWIPS = 16_838;
    /** top 20–25 mm */
    public static final int MARGIN_TOP_MM = 20;
    /** bottom 20–25 mm */
    public static final int MARGIN_BOTTOM_MM = 20;
    /** left 30–35 mm (the binding side) */
    public static final int MARGIN_LEFT_MM = 30;
    /** right 15–20 mm */
    public static final int MARGIN_RIGHT_MM = 15;
    /** where the page number sits in the top margin */
    public static final int HEADER_DISTANCE_MM = 10;

    // rounded up: 15 mm is 850.4 twips, and 850 would be a hair under the decree's minimum
    public static final int MARGIN_TOP_TWIPS = mmToTwipsAtLeast(MARGIN_TOP_MM);
    public static final int MARGIN_BOTTOM_TWIPS = mmToTwipsAtLeast(MARGIN_BOTTOM_MM);
    public static final int MARGIN_LEFT_TWIPS = mmToTwipsAtLeast(MARGIN_LEFT_MM);
    public static final int MARGIN_RIGHT_TWIPS = mmToTwipsAtLeast(MARGIN_RIGHT_MM);
    public static final int HEADER_DISTANCE_TWIPS = mmToTwips(HEADER_DISTANCE_MM);
    /** the width between the margins: every table is exactly this wide */
    public static final int TEXT_WIDTH_TWIPS = PAGE_WIDTH_TWIPS - MARGIN_LEFT_TWIPS - MARGIN_RIGHT_TWIPS;
    public static final int TEXT_HEIGHT_TWIPS = PAGE_HEIGHT_TWIPS - MARGIN_TOP_TWIPS - MARGIN_BOTTOM_TWIPS;

    // --- font sizes, in points -------------------------------------------------------------------------
    /** cơ quan chủ quản: caps, 12–13 */
    public static final int PARENT_BODY_PT = 12;
    /** cơ quan ban hành: caps, bold, 12–13 */
    public static final int ISSUING_BODY_PT = 12;
    /**
     * Quốc hiệu: caps, bold, 12–13. 12, because at 13 the line is about 10.3 cm and would not fit the
     * right-hand column beside the issuing body without wrapping.
     */
    public static final int NATIONAL_TITLE_PT = 12;
    /** Tiêu ngữ: bold, 13–14; one size above the national title, as in the decree's samples */
    public static final int MOTTO_PT = 13;
    /** "Số: …" 13 */
    public static final int NUMBER_PT = 13;
    /** "Hà Nội, ngày … tháng … năm …": italic, 13–14 */
    public static final int PLACE_DATE_PT = 14;
    /** BIÊN BẢN, BÁO CÁO: caps, bold, 13–14 */
    public static final int DOCUMENT_TYPE_PT = 14;
    /** trích yếu nội dung: bold, 13–14 */
    public static final int SUMMARY_LINE_PT = 14;
    /** nội dung: 13–14 */
    public static final int BODY_PT = 14;
    /** quyền hạn, chức vụ người ký: caps, bold, 13–14 */
    public static final int SIGNATURE_PT = 14;
    /** "Nơi nhận:" bold italic 12 */
    public static final int RECIPIENTS_HEADING_PT = 12;
    /** the list of recipients, 11 */
    public static final int RECIPIENTS_PT = 11;
    /** số trang: 13–14 */
    public static final int PAGE_NUMBER_PT = 14;
    /**
     * Tables: the decree leaves them free; 11 lets eight columns of dates ("24/12/2024") and dossier codes sit
     * on A4 without breaking a number across lines.
     */
    public static final int TABLE_PT = 11;
    public static final int CAPTION_PT = 12;
    /** the appendix table of units × groups has up to a dozen columns */
    public static final int APPENDIX_TABLE_PT = 11;

    // --- paragraphs -----------------------------------------------------------------------------------
    /** first-line indent 1–1.27 cm */
    public static final int FIRST_LINE_INDENT_TWIPS = 720;
    /** space between paragraphs: at least 6 pt */
    public static final int PARAGRAPH_SPACING_PT = 6;
    /** line spacing from single to 1.5 lines; in 240ths of a line (240 = single) */
    public static final int LINE_SPACING_240THS = 264;

    // --- the header block: two columns across the text width -----------------------------------------
    /** left column: parent and issuing body, and the number line under them */
    public static final int HEADER_LEFT_COLUMN_TWIPS = mmToTwips(62);
    public static final int HEADER_RIGHT_COLUMN_TWIPS = TEXT_WIDTH_TWIPS - HEADER_LEFT_COLUMN_TWIPS;
    /**
     * The rule under the motto is as long as the motto: "Độc lập - Tự do - Hạnh phúc" at 13 pt bold measures
     * 56 mm in Times New Roman's metrics (Liberation Serif, measured with AWT).
     */
    public static final int MOTTO_RULE_TWIPS = mmToTwips(56);
    /** the header block's cells keep 1 mm from their sides, so the national title (88 mm) fits its column */
    public static final int HEADER_CELL_MARGIN_TWIPS = mmToTwips(1);
    /** the short rule under the issuing body: a third to a half of its line */
    public static final int ISSUING_BODY_RULE_TWIPS = mmToTwips(22);
    /** eighths of a point: a thin solid line */
    public static final int RULE_WEIGHT_EIGHTHS = 6;

    // --- pictures --------------------------------------------------------------------------------------
    /** the finalised minutes' QR code in the page footer: small, and still read by a phone at 0.4 mm a module */
    public static final int FOOTER_QR_MM = 12;
    /** the footer's line (verification code of a finalised visit) */
    public static final int FOOTER_PT = 10;
    /** photos in the appendix: at most the text width, and at most this tall so that two fit a page */
    public static final int PHOTO_MAX_HEIGHT_MM = 95;
    /** the chart of failures by group in the report */
    public static final int CHART_HEIGHT_MM = 85;

    public static final int EMU_PER_MM = 36_000;
    public static final int EMU_PER_TWIP = 635;

    public static int mmToTwips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    public static int mmToTwipsAtLeast(double mm) {
        return (int) Math.ceil(mm * 1440 / 25.4);
    }

    public static double twipsToMm(long twips) {
        return twips * 25.4 / 1440;
    }

    /** Word sizes fonts in half-points. */
    public static int halfPoints(int points) {
        return points * 2;
    }
}
