package vn.congvu.exchange;

import java.util.List;

/**
 * What to put in a package: everything, one plan, or chosen visits; with {@code sinceLastTo}, only the
 * records whose version changed since the last package made for that person.
 */
public record ExportScope(Kind kind, String planId, List<String> visitIds, String sinceLastTo) {

    public enum Kind {
        ALL, PLAN, VISITS
    }

    public ExportScope {
        visitIds = visitIds == null ? List.of() : List.copyOf(visitIds);
        sinceLastTo = sinceLastTo == null || sinceLastTo.isBlank() ? null : sinceLastTo.strip();
    }

    public static ExportScope all() {
        return new ExportScope(Kind.ALL, null, List.of(), null);
    }

    public static ExportScope plan(String planId) {
        return new ExportScope(Kind.PLAN, planId, List.of(), null);
    }

    public static ExportScope visits(List<String> visitIds) {
        return new ExportScope(Kind.VISITS, null, visitIds, null);
    }

    public ExportScope sinceLastTo(String recipient) {
        return new ExportScope(kind, planId, visitIds, recipient);
    }
}
