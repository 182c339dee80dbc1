package vn.congvu.report;

import java.time.LocalDate;

/**
 * What the header block of a document says: the parent body and the issuing body (settings, because bodies
 * were renamed in 2025), the number with its symbol, and the place and date.
 *
 * @param number the number as recorded ("05" or "05/BB-ĐKT"), or blank to leave it for hand filling
 * @param symbol the document's symbol ("BB-ĐKT"), added after the number unless the number has its own
 */
public record DocumentHeader(String parentBody, String issuingBody, String place, String number, String symbol,
                             LocalDate date) {

    /** "05/BB-ĐKT", or "……/BB-ĐKT" when no number was given yet. */
    public String numberText() {
        String n = number == null ? "" : XmlText.cleanOrEmpty(number);
        if (n.isEmpty()) {
            return VnText.HAND_FILL + "/" + symbol;
        }
        return n.contains("/") ? n : n + "/" + symbol;
    }
}
