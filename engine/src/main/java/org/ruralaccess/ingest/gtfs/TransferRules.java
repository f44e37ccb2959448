package org.ruralaccess.ingest.gtfs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.onebusaway.gtfs.model.Transfer;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.model.transit.TransitTables.TransferRule;

/**
 * Stop-to-stop rules of transfers.txt between stops of the network: type 0 and 1 (minimum 0 s),
 * type 2 (min_transfer_time seconds) and type 3 (forbidden). Rules limited to routes or trips and
 * in-seat rules (types 4, 5) are not modelled: they are counted in one {@code
 * TRANSFER_NOT_MODELLED} info issue. Rules at stops no trip uses (e.g. parent stations) are dropped
 * the same way.
 */
final class TransferRules {

  private TransferRules() {}

  /** The rules between used stops, sorted by from then to stop id. */
  static List<TransferRule> collect(
      List<GtfsFeed> feeds, Set<String> usedStops, ImportIssues issues) {
    List<TransferRule> rules = new ArrayList<>();
    for (GtfsFeed feed : feeds) {
      int notModelled = 0;
      for (Transfer transfer : feed.dao().getAllTransfers()) {
        if (feed.isMissingReference(transfer.getFromStop())
            || feed.isMissingReference(transfer.getToStop())) {
          issues.add(
              ImportIssue.of(
                  Severity.WARNING,
                  "UNKNOWN_STOP",
                  feed.fileLabel("transfers.txt"),
                  0,
                  null,
                  "transfer between unknown stops "
                      + transfer.getFromStop().getId().getId()
                      + " and "
                      + transfer.getToStop().getId().getId()
                      + "; rule skipped"));
          continue;
        }
        String from = feed.namespaced(transfer.getFromStop().getId());
        String to = feed.namespaced(transfer.getToStop().getId());
        int type = transfer.getTransferType();
        boolean qualified =
            transfer.getFromRoute() != null
                || transfer.getToRoute() != null
                || transfer.getFromTrip() != null
                || transfer.getToTrip() != null;
        if (!usedStops.contains(from) || !usedStops.contains(to) || type > 3 || qualified) {
          notModelled++;
          continue;
        }
        int minSeconds =
            type == 2 && transfer.isMinTransferTimeSet() ? transfer.getMinTransferTime() : 0;
        rules.add(new TransferRule(from, to, minSeconds, type == 3));
      }
      if (notModelled > 0) {
        issues.add(
            ImportIssue.of(
                Severity.INFO,
                "TRANSFER_NOT_MODELLED",
                feed.fileLabel("transfers.txt"),
                0,
                null,
                notModelled
                    + " transfer rule(s) are route/trip-specific, in-seat, or at stops no trip uses;"
                    + " not modelled"));
      }
    }
    // stop indexes follow the sorted ids, so this is the network's (from, to) index order
    rules.sort(
        Comparator.comparing(TransferRule::fromStopId)
            .thenComparing(TransferRule::toStopId)
            .thenComparingInt(TransferRule::minSeconds)
            .thenComparing(TransferRule::forbidden));
    return rules;
  }
}
