package vn.congvu.domain;

/** Đoàn kiểm tra of a plan. */
public record Team(String id, String planId, String name, String decisionId, long revision) {
}
