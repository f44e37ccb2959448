package org.ruralaccess.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.Severity;

class IssueDigestTest {

  /** Errors first, then warnings, then notes; each code once with its count and first place. */
  @Test
  void oneLinePerCodeWithTheFirstFileAndLine() {
    List<ImportIssue> issues =
        List.of(
            ImportIssue.of(
                Severity.WARNING, "UNKNOWN_STOP", "bods/stop_times.txt", 45, "t1", "stop 'x'"),
            ImportIssue.of(Severity.INFO, "UNUSED_STOPS", "bods/stops.txt", 0, null, "3 unused"),
            ImportIssue.of(
                Severity.WARNING, "UNKNOWN_STOP", "bods/stop_times.txt", 12, "t2", "stop 'y'"),
            ImportIssue.of(
                Severity.ERROR, "STOP_WITHOUT_COORDINATES", "bods/stops.txt", 7, "s9", "no lat"),
            ImportIssue.of(
                Severity.WARNING, "DUPLICATE_ID", "bods/trips.txt", 3, "t1", "trip twice"));
    assertEquals(
        List.of(
            "ERROR STOP_WITHOUT_COORDINATES x1, first at bods/stops.txt:7 (s9): no lat",
            "WARNING DUPLICATE_ID x1, first at bods/trips.txt:3 (t1): trip twice",
            // the first found (line 45), not the lowest line: issues keep the order of reading
            "WARNING UNKNOWN_STOP x2, first at bods/stop_times.txt:45 (t1): stop 'x'",
            "INFO UNUSED_STOPS x1, first at bods/stops.txt: 3 unused"),
        IssueDigest.of(issues).stream().map(IssueDigest.Entry::line).toList());
  }
}
