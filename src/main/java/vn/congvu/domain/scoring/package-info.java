/**
 * Scores of one visit and of a whole plan, from the recorded findings. Results are immutable records of
 * numbers and enums; wording and number formats belong to the UI and the reports.
 */
package vn.congvu.domain.scoring;
