package vn.congvu.report;

import vn.congvu.domain.scoring.Rate;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and numbers as Vietnamese administrative documents write them. Every method accepts null and then
 * returns {@link #NONE} (or a blank for hand filling where a form expects one), so a visit recorded in part
 * still makes a document.
 */
public final class VnText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** what a table shows for "not recorded" */
    public static final String NONE = "–";
    /** the blank left in "Số:" and dates for filling in by hand, as on printed forms */
    public static final String HAND_FILL = "……";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_WORDS = DateTimeFormatter.ofPattern("H 'giờ' mm 'phút'");

    private VnText() {
    }

    /**
     * "Hà Nội, ngày 05 tháng 01 năm 2025": NĐ 30/2020 gives a leading zero to days below 10 and to the
     * months 1 and 2 only ("tháng 3", "tháng 12"), so that no one can add a digit in front.
     */
    public static String placeAndDate(String place, LocalDate date) {
        String where = place == null || place.isBlank() ? "" : place.trim() + ", ";
        if (date == null) {
            return where + "ngày " + HAND_FILL + " tháng " + HAND_FILL + " năm " + HAND_FILL;
        }
        return where + longDate(date);
    }

    /** "ngày 05 tháng 01 năm 2025" */
    public static String longDate(LocalDate date) {
        if (date == null) {
            return "ngày " + HAND_FILL + " tháng " + HAND_FILL + " năm " + HAND_FILL;
        }
        return "ngày " + day(date) + " tháng " + month(date) + " năm " + date.getYear();
    }

    static String day(LocalDate date) {
        int d = date.getDayOfMonth();
        return d < 10 ? "0" + d : Integer.toString(d);
    }

    static String month(LocalDate date) {
        int m = date.getMonthValue();
        return m <= 2 ? "0" + m : Integer.toString(m);
    }

    /** "05/01/2025": the short form used inside sentences and tables */
    public static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    /** "09:30" */
    public static String time(LocalDateTime at) {
        return at == null ? NONE : TIME.format(at);
    }

    /** "9 giờ 30 phút", as minutes write the start and end of a visit */
    public static String timeInWords(LocalDateTime at) {
        return at == null ? HAND_FILL + " giờ " + HAND_FILL + " phút" : TIME_WORDS.format(at);
    }

    public static String timeInWords(LocalTime at) {
        return at == null ? HAND_FILL + " giờ " + HAND_FILL + " phút" : TIME_WORDS.format(at);
    }

    /** "05/01/2025 09:30" */
    public static String dateTime(LocalDateTime at) {
        return at == null ? NONE : DATE.format(at) + " " + TIME.format(at);
    }

    /** "87,5": a decimal comma, at most {@code digits} decimals, no trailing zeros */
    public static String decimal(Double value, int digits) {
        if (value == null || value.isNaN()) {
            return NONE;
        }
        DecimalFormat f = new DecimalFormat(digits > 0 ? "#,##0." + "#".repeat(digits) : "#,##0",
                DecimalFormatSymbols.getInstance(VIETNAMESE));
        return f.format(value);
    }

    /** "25,0%": one decimal always, so a column of rates lines up; {@link #NONE} for 0 out of 0 */
    public static String percent(Rate rate) {
        if (rate == null || !rate.isDefined()) {
            return NONE;
        }
        DecimalFormat f = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(VIETNAMESE));
        return f.format(rate.percent()) + "%";
    }

    /** "3/12" */
    public static String fraction(Rate rate) {
        return rate == null ? NONE : rate.numerator() + "/" + rate.denominator();
    }

    /** "3/12 (25,0%)" */
    public static String fractionAndPercent(Rate rate) {
        if (rate == null || !rate.isDefined()) {
            return fraction(rate);
        }
        return fraction(rate) + " (" + percent(rate) + ")";
    }

    /** Capitals with Vietnamese rules, for headings and the bodies in the header block. */
    public static String upper(String text) {
        return text == null ? "" : text.toUpperCase(VIETNAMESE);
    }

    /** "02": the number of copies and other small counts the decree writes with two digits */
    public static String twoDigits(int n) {
        return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
    }

    /** "có" / "không" / "–" for a yes/no observation that may be missing */
    public static String yesNo(Boolean value) {
        return value == null ? NONE : value ? "Có" : "Không";
    }
}
