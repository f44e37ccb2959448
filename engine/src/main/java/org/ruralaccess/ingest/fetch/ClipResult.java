package org.ruralaccess.ingest.fetch;

import java.util.List;
import java.util.Map;

/**
 * What clipping kept: rows before and after per GTFS file (in the clipped zip's order), and the
 * files left out because the clipper does not know how to cut them.
 */
public record ClipResult(
    BoundingBox area, Map<String, RowCounts> rowsByFile, List<String> droppedFiles) {

  /** Data rows (header not counted) of one file before and after clipping. */
  public record RowCounts(long before, long after) {}

  public ClipResult {
    rowsByFile = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowsByFile));
    droppedFiles = List.copyOf(droppedFiles);
  }

  /** Rows kept of a file, 0 when the feed has no such file. */
  public long kept(String fileName) {
    RowCounts counts = rowsByFile.get(fileName);
    return counts == null ? 0 : counts.after();
  }

  /** One line per file, e.g. {@code trips.txt: 12,345 -> 1,234}, for the user. */
  public String summary() {
    StringBuilder text = new StringBuilder("clipped to " + area + ":");
    rowsByFile.forEach(
        (file, counts) ->
            text.append(
                String.format(
                    java.util.Locale.ROOT,
                    "\n  %-20s %,12d -> %,d",
                    file,
                    counts.before(),
                    counts.after())));
    if (!droppedFiles.isEmpty()) {
      text.append("\n  left out (not clipped by rae): ").append(String.join(", ", droppedFiles));
    }
    return text.toString();
  }
}
