package vn.congvu.app;

import java.util.List;

/** Lets people type the first characters of a long id, as with git commits. */
final class Ids {

    /** Fewer characters would too often match several records. */
    static final int MIN_PREFIX = 6;

    private Ids() {
    }

    /**
     * @param candidates the (at most two) ids starting with {@code given}, sorted
     * @return the id meant
     */
    static String resolve(List<String> candidates, String given, String notFoundKey, String ambiguousKey) {
        String wanted = given == null ? "" : given.trim();
        if (candidates.contains(wanted)) {
            return wanted;
        }
        if (wanted.length() < MIN_PREFIX || candidates.isEmpty()) {
            throw new AppException(notFoundKey, wanted);
        }
        if (candidates.size() > 1) {
            throw new AppException(ambiguousKey, wanted);
        }
        return candidates.get(0);
    }
}
