package vn.congvu.domain;

/** The verdict on one criterion at one visit. */
public enum Result {
    PASS, FAIL, NA
}
