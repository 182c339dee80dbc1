package vn.congvu.domain.scoring;

/**
 * Failures in one checklist group summed over the visits of a plan, and how many visits had any.
 * Identified by group code, not id, because a plan's visits may use successive versions of the template.
 */
public record GroupFailureTotal(String code, String title, int sortOrder, int failures, int visitsWithFailures) {

    public GroupFailureTotal {
        if (failures < 0 || visitsWithFailures < 0 || visitsWithFailures > failures) {
            throw new IllegalArgumentException("inconsistent group total " + failures + "/" + visitsWithFailures);
        }
    }
}
