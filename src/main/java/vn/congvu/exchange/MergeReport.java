package vn.congvu.exchange;

import java.util.List;

/**
 * What importing a package does (the preview) or did (after applying).
 *
 * @param evidenceFiles    evidence files the package brings that are not here yet
 * @param alreadyImported  this package was applied here before (importing it again changes nothing)
 * @param auditEntries     audit entries of other laptops the package brings that are not here yet
 */
public record MergeReport(Manifest manifest, MergeCounts counts, List<MergeItem> items, int evidenceFiles,
                          boolean alreadyImported, int auditEntries) {
}
