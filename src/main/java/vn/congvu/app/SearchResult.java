package vn.congvu.app;

import vn.congvu.domain.Result;
import vn.congvu.domain.SearchKind;

import java.time.LocalDate;

/** One thing found: what it is, where and when, its text as written and a detail line. */
public record SearchResult(SearchKind kind, String refId, String visitId, String unitId, String unitName,
                           LocalDate date, String title, String detail, Result result) {
}
