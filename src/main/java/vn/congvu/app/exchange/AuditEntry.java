package vn.congvu.app.exchange;

import java.time.Instant;

/**
 * One line of the audit log: who changed what, when, on which laptop.
 *
 * @param entity  the table (or "package" for an import)
 * @param changes JSON of the changed columns {@code {"col": [old, new]}} or of the event's details
 */
public record AuditEntry(String id, Instant at, String author, String device, String entity, String entityId,
                         String visitId, String action, Long revision, String changes) {
}
