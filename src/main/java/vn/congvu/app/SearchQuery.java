package vn.congvu.app;

import vn.congvu.domain.Result;

import java.time.LocalDate;

/**
 * What the search screen asks: words (diacritics optional, may be empty) and filters, each null when not
 * set. {@code result} keeps only findings with that verdict.
 */
public record SearchQuery(String text, String planId, String unitId, LocalDate from, LocalDate to, Result result) {

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
