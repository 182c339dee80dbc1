package vn.congvu.app.exchange;

import vn.congvu.exchange.Manifest;
import vn.congvu.exchange.MergeCounts;
import vn.congvu.exchange.MergeItem;

import java.util.List;

/** What an import did. Conflicts it found are listed by {@link ExchangeService#conflicts}. */
public record ImportResult(Manifest manifest, MergeCounts counts, List<MergeItem> items, int evidenceFiles) {
}
