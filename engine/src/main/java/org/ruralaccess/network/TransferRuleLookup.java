package org.ruralaccess.network;

import java.util.HashMap;
import java.util.Map;
import org.ruralaccess.network.link.StopTransfers;
import org.ruralaccess.network.transit.TransitNetwork;
import org.ruralaccess.routing.RaptorTimetableBuilder;

/**
 * The feeds' {@code transfers.txt} rules by stop pair: minimum transfer times (type 2) and
 * forbidden transfers (type 3). A type 2 rule between two stops with no walking path on the street
 * map (e.g. an unlinked interchange) still allows the transfer, in the declared time: the feed's
 * publisher knows the interchange better than the map.
 */
final class TransferRuleLookup {

  private final Map<Long, Integer> minSeconds = new HashMap<>();
  private final Map<Long, Boolean> forbidden = new HashMap<>();
  private final Map<Integer, int[]> declaredTargets = new HashMap<>();

  static TransferRuleLookup of(TransitNetwork transit) {
    TransferRuleLookup rules = new TransferRuleLookup();
    Map<Integer, java.util.List<Integer>> targets = new java.util.TreeMap<>();
    for (int rule = 0; rule < transit.transferRuleCount(); rule++) {
      int from = transit.transferFromStop(rule);
      int to = transit.transferToStop(rule);
      long key = key(from, to);
      if (transit.transferForbidden(rule)) {
        rules.forbidden.put(key, true);
      } else {
        rules.minSeconds.merge(key, transit.transferMinSeconds(rule), Math::max);
        if (from != to) {
          targets.computeIfAbsent(from, f -> new java.util.ArrayList<>()).add(to);
        }
      }
    }
    targets.forEach(
        (from, list) ->
            rules.declaredTargets.put(
                from, list.stream().mapToInt(Integer::intValue).sorted().distinct().toArray()));
    return rules;
  }

  boolean isForbidden(int from, int to) {
    return forbidden.containsKey(key(from, to));
  }

  int minSeconds(int from, int to) {
    return minSeconds.getOrDefault(key(from, to), 0);
  }

  /** Adds declared transfers from {@code from} that have no walking path in {@code walks}. */
  void addDeclaredOnly(
      RaptorTimetableBuilder builder, int from, StopTransfers walks, int transferSlackSeconds) {
    int[] targets = declaredTargets.get(from);
    if (targets == null) {
      return;
    }
    for (int to : targets) {
      boolean walkable = false;
      for (int i = walks.firstIndex(from); i < walks.endIndex(from) && !walkable; i++) {
        walkable = walks.toStop(i) == to;
      }
      if (!walkable && !isForbidden(from, to)) {
        builder.addTransfer(from, to, minSeconds(from, to) + transferSlackSeconds);
      }
    }
  }

  private static long key(int from, int to) {
    return ((long) from << 32) | (to & 0xffffffffL);
  }
}
