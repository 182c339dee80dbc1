package vn.congvu.domain;

import java.time.LocalDateTime;

/**
 * Minh chứng: a file kept in the data folder ({@code filePath} relative to it) with its SHA-256, linked to
 * at most one of a criterion, an official or a dossier.
 */
public record Evidence(String id, String visitId, String filePath, String originalName, String mediaType,
                       long sizeBytes, String sha256, LocalDateTime takenAt, int orientation, String caption,
                       String criterionId, String officialId, String dossierId, long revision) {
}
