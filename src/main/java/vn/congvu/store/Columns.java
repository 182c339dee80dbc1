package vn.congvu.store;

import java.util.Map;

/** Small shared helpers of the repositories. */
final class Columns {

    private Columns() {
    }

    /** Puts a caller-chosen id into the values, so that the writer keeps it instead of making one. */
    static Map<String, Object> withId(String id, Map<String, Object> values) {
        if (id != null) {
            values.put("id", id);
        }
        return values;
    }

    /** Records built by hand carry revision 0: no optimistic check for those. */
    static Long revisionOrNull(long revision) {
        return revision > 0 ? revision : null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
