package org.ruralaccess.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.Severity;

/**
 * The console's view of a build's data problems: one line per severity and code, with how many
 * there are and where the first one is ({@code file:line}, entity), errors first. Every row the
 * build skips by policy is in the report; this makes sure the person at the console sees that it
 * happened and where to look, not only a total.
 */
final class IssueDigest {

  /** One code: how many, and the first of them in the order they were found. */
  record Entry(Severity severity, String code, int count, ImportIssue first) {

    String line() {
      ImportIssue issue = first;
      StringBuilder text =
          new StringBuilder(severity.name())
              .append(' ')
              .append(code)
              .append(" x")
              .append(count)
              .append(", first at ")
              .append(where(issue));
      if (issue.entityId() != null && !issue.entityId().isEmpty()) {
        text.append(" (").append(issue.entityId()).append(')');
      }
      return text.append(": ").append(issue.message()).toString();
    }
  }

  private IssueDigest() {}

  /** One entry per severity and code, errors first, then warnings, then notes; codes A-Z. */
  static List<Entry> of(List<ImportIssue> issues) {
    Map<String, Entry> byCode = new LinkedHashMap<>();
    for (ImportIssue issue : issues) {
      byCode.merge(
          issue.severity() + " " + issue.code(),
          new Entry(issue.severity(), issue.code(), 1, issue),
          (a, b) -> new Entry(a.severity(), a.code(), a.count() + 1, a.first()));
    }
    List<Entry> entries = new ArrayList<>(byCode.values());
    entries.sort(
        Comparator.comparing((Entry e) -> -e.severity().ordinal()).thenComparing(Entry::code));
    return entries;
  }

  /** {@code file:line}, {@code file} when the line is not known, {@code (no file)} when neither. */
  static String where(ImportIssue issue) {
    if (issue.file() == null || issue.file().isEmpty()) {
      return "(no file)";
    }
    return issue.line() > 0 ? issue.file() + ":" + issue.line() : issue.file();
  }
}
