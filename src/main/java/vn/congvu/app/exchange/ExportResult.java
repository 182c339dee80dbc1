package vn.congvu.app.exchange;

import java.nio.file.Path;
import java.util.Map;

/** A package written: where, its id, how many records per table, how many evidence files, its size. */
public record ExportResult(Path file, String packageId, Map<String, Integer> counts, int evidenceFiles, long bytes,
                           boolean encrypted) {
}
