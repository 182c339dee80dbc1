package vn.congvu.domain.scoring;

import java.util.Objects;

/** The number of failed criteria in one checklist group of a visit. */
public record GroupFailures(String groupId, String code, String title, int sortOrder, int failures) {

    public GroupFailures {
        Objects.requireNonNull(groupId, "groupId");
        if (failures < 0) {
            throw new IllegalArgumentException("negative failures " + failures);
        }
    }
}
