package org.ruralaccess.ingest.destinations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;

/**
 * Counts one kind of row problem per file and reports it once, with the count and the first few
 * examples: a national file with hundreds of ungeocoded rows gives one readable line, not hundreds,
 * and nothing is dropped without a trace. A problem seen only once keeps its line and entity id.
 */
final class IssueTally {

  private static final int EXAMPLES = 5;

  private record Key(String code, Severity severity, String what) {}

  private static final class Count {
    int count;
    long firstLine;
    String firstEntity;
    final List<String> examples = new ArrayList<>();
  }

  private final String file;
  private final Map<Key, Count> counts = new LinkedHashMap<>();

  IssueTally(String file) {
    this.file = file;
  }

  /**
   * @param what the problem in the plural, completing "N ..." (e.g. "GP practices whose postcode is
   *     not in the postcode index were skipped")
   * @param example one short example, e.g. {@code "A81001 (TS18 1HU), line 12"}
   */
  void add(
      Severity severity, String code, String what, long line, String entityId, String example) {
    Count count = counts.computeIfAbsent(new Key(code, severity, what), k -> new Count());
    if (count.count == 0) {
      count.firstLine = line;
      count.firstEntity = entityId;
    }
    count.count++;
    if (count.examples.size() < EXAMPLES) {
      count.examples.add(example);
    }
  }

  int count(String code) {
    return counts.entrySet().stream()
        .filter(e -> e.getKey().code().equals(code))
        .mapToInt(e -> e.getValue().count)
        .sum();
  }

  void reportTo(ImportIssues issues) {
    counts.forEach(
        (key, count) -> {
          boolean single = count.count == 1;
          String message =
              count.count
                  + " "
                  + key.what()
                  + (single ? ": " : "; e.g. ")
                  + String.join("; ", count.examples)
                  + (count.count > count.examples.size() ? "; ..." : "");
          issues.add(
              ImportIssue.of(
                  key.severity(),
                  key.code(),
                  file,
                  single ? count.firstLine : 0,
                  single ? count.firstEntity : null,
                  message));
        });
  }
}
