package vn.congvu.domain;

/** One record found by a search; {@code title} is its text as written (with diacritics). */
public record SearchHit(SearchKind kind, String refId, String visitId, String unitId, String title) {
}
