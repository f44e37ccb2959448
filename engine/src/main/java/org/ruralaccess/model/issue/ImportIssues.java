package org.ruralaccess.model.issue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects import problems in the order they are found; reported once, at the end of a build. */
public final class ImportIssues {

  private final List<ImportIssue> issues = new ArrayList<>();

  public synchronized void add(ImportIssue issue) {
    issues.add(issue);
  }

  /** All issues, sorted by file, line, code and entity so the report is the same every run. */
  public synchronized List<ImportIssue> sorted() {
    List<ImportIssue> copy = new ArrayList<>(issues);
    copy.sort(
        Comparator.comparing(ImportIssue::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(ImportIssue::line)
            .thenComparing(ImportIssue::code)
            .thenComparing(
                ImportIssue::entityId, Comparator.nullsFirst(Comparator.naturalOrder())));
    return copy;
  }

  public synchronized long count(Severity severity) {
    return issues.stream().filter(i -> i.severity() == severity).count();
  }

  /** Number of issues per code, sorted by code. */
  public synchronized Map<String, Integer> countsByCode() {
    Map<String, Integer> counts = new TreeMap<>();
    for (ImportIssue issue : issues) {
      counts.merge(issue.code(), 1, Integer::sum);
    }
    return counts;
  }

  public synchronized int size() {
    return issues.size();
  }
}
