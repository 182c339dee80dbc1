package vn.congvu.app.exchange;

import vn.congvu.exchange.Manifest;
import vn.congvu.exchange.MergeCounts;
import vn.congvu.exchange.MergeItem;

import java.util.List;

/**
 * What importing a package will do, computed without writing anything: the import wizard's first page.
 *
 * @param items           every record of the package with its action (NEW, UPDATED, …), for a table view
 * @param evidenceFiles   evidence files that will be copied into the data folder
 * @param alreadyImported this very package was imported before
 * @param encrypted       the package was encrypted
 */
public record ImportPreview(Manifest manifest, MergeCounts counts, List<MergeItem> items, int evidenceFiles,
                            boolean alreadyImported, boolean encrypted, int auditEntries) {
}
