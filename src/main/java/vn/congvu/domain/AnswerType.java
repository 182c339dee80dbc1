package vn.congvu.domain;

/**
 * What an inspector types for a criterion, besides its verdict. Every criterion gets a
 * {@link Result}; the type says which extra values go with it.
 */
public enum AnswerType {
    /** đạt / không đạt / không áp dụng only. */
    PASS_FAIL,
    /** one or two counts (e.g. "checked N / wrong N"), labelled by the criterion. */
    COUNT,
    /** one or two percentages, 0–100. */
    PERCENT,
    /** one of the criterion's choices. */
    CHOICE,
    /** free text only. */
    TEXT
}
