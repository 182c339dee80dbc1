package vn.congvu.app.export;

import vn.congvu.app.SettingsService;
import vn.congvu.report.DocumentHeader;

import java.time.LocalDate;

/**
 * The settings documents read: the header bodies and place (shared with the rest of the app) and the export's
 * own keys. Team leads set these once on the settings screen.
 */
public final class DocumentSettings {

    /** a copy of the minutes template that a team lead edited; the shipped one when not set */
    public static final String MINUTES_TEMPLATE = "export.minutesTemplate";
    /** a copy of the report template that a team lead edited */
    public static final String REPORT_TEMPLATE = "export.reportTemplate";
    /** ký hiệu of the minutes, after the number */
    public static final String MINUTES_SYMBOL = "export.minutesSymbol";
    /** ký hiệu of the report */
    public static final String REPORT_SYMBOL = "export.reportSymbol";
    /** how many copies the minutes are made in */
    public static final String MINUTES_COPIES = "export.minutesCopies";
    /** the folder the desktop app last exported to, where its file chooser opens next time */
    public static final String LAST_FOLDER = "export.lastFolder";

    public static final String DEFAULT_MINUTES_SYMBOL = "BB-ĐKT";
    public static final String DEFAULT_REPORT_SYMBOL = "BC-ĐKT";
    public static final int DEFAULT_COPIES = 2;

    private final SettingsService settings;

    DocumentSettings(SettingsService settings) {
        this.settings = settings;
    }

    DocumentHeader header(String number, String symbolKey, String defaultSymbol, LocalDate date) {
        return new DocumentHeader(
                settings.getOrDefault(SettingsService.HEADER_PARENT_BODY, ""),
                settings.getOrDefault(SettingsService.HEADER_ISSUING_BODY, ""),
                settings.getOrDefault(SettingsService.HEADER_PLACE, ""),
                number,
                settings.getOrDefault(symbolKey, defaultSymbol),
                date);
    }

    int copies() {
        try {
            int n = Integer.parseInt(settings.getOrDefault(MINUTES_COPIES, "").trim());
            return n > 0 && n < 100 ? n : DEFAULT_COPIES;
        } catch (NumberFormatException e) {
            return DEFAULT_COPIES;
        }
    }

    String template(String key) {
        return settings.get(key).orElse(null);
    }
}
