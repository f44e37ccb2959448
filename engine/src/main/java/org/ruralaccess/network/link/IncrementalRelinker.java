package org.ruralaccess.network.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Links a scenario's transit network to the streets by reusing the baseline's work: stops the
 * baseline knows keep their snap and their walking transfers; only stops the scenario adds are
 * snapped and searched from. Walks between an added stop and an existing one are taken as symmetric
 * (the foot network is two-way in practice), so one search per added stop suffices.
 */
public final class IncrementalRelinker {

  /** The scenario's links and transfers, and how many stops needed new street work. */
  public record Relinked(StopLinks links, StopTransfers transfers, int stopsLinkedAnew) {}

  private IncrementalRelinker() {}

  public static Relinked relink(
      TransitNetwork baseline,
      StopLinks baselineLinks,
      StopTransfers baselineTransfers,
      TransitNetwork scenario,
      StreetNetwork streets,
      double maxStopLinkMeters,
      double maxTransferWalkMeters) {
    int stopCount = scenario.stopCount();
    int[] baselineIndex = new int[stopCount];
    int[] scenarioIndexOfBaseline = new int[baseline.stopCount()];
    java.util.Arrays.fill(scenarioIndexOfBaseline, -1);
    StopLinks links = new StopLinks(stopCount);
    List<Integer> added = new ArrayList<>();
    for (int stop = 0; stop < stopCount; stop++) {
      OptionalInt known = baseline.findStop(scenario.stopId(stop));
      baselineIndex[stop] = known.orElse(-1);
      Optional<StreetSnap> snap;
      if (known.isPresent()) {
        scenarioIndexOfBaseline[known.getAsInt()] = stop;
        snap = baselineLinks.findSnap(known.getAsInt());
      } else {
        added.add(stop);
        snap =
            streets.snap(
                scenario.stopLat(stop), scenario.stopLon(stop), StreetMode.WALK, maxStopLinkMeters);
      }
      if (snap.isPresent()) {
        links.set(stop, snap.get());
      }
    }
    int[][] targets = new int[stopCount][];
    int[][] meters = new int[stopCount][];
    copyBaselineTransfers(
        baselineIndex, scenarioIndexOfBaseline, baselineTransfers, targets, meters);
    addTransfersOfAddedStops(
        scenario, streets, links, added, maxTransferWalkMeters, targets, meters);
    return new Relinked(links, StopLinker.pack(targets, meters), added.size());
  }

  private static void copyBaselineTransfers(
      int[] baselineIndex,
      int[] scenarioIndexOfBaseline,
      StopTransfers baselineTransfers,
      int[][] targets,
      int[][] meters) {
    for (int stop = 0; stop < baselineIndex.length; stop++) {
      int b = baselineIndex[stop];
      List<int[]> found = new ArrayList<>();
      if (b >= 0) {
        for (int i = baselineTransfers.firstIndex(b); i < baselineTransfers.endIndex(b); i++) {
          int to = scenarioIndexOfBaseline[baselineTransfers.toStop(i)];
          if (to >= 0) {
            found.add(new int[] {to, baselineTransfers.walkMeters(i)});
          }
        }
      }
      targets[stop] = found.stream().mapToInt(t -> t[0]).toArray();
      meters[stop] = found.stream().mapToInt(t -> t[1]).toArray();
    }
  }

  private static void addTransfersOfAddedStops(
      TransitNetwork scenario,
      StreetNetwork streets,
      StopLinks links,
      List<Integer> added,
      double maxWalkMeters,
      int[][] targets,
      int[][] meters) {
    if (added.isEmpty()) {
      return;
    }
    int stopCount = scenario.stopCount();
    double[] lats = new double[stopCount];
    double[] lons = new double[stopCount];
    boolean[] linked = new boolean[stopCount];
    for (int stop = 0; stop < stopCount; stop++) {
      lats[stop] = scenario.stopLat(stop);
      lons[stop] = scenario.stopLon(stop);
      linked[stop] = links.isLinked(stop);
    }
    PointGrid grid = new PointGrid(lats, lons, linked, Math.max(250, maxWalkMeters / 2));
    StreetRouter router = new StreetRouter(streets);
    int[][] newTargets = new int[stopCount][];
    int[][] newMeters = new int[stopCount][];
    boolean[] isAdded = new boolean[stopCount];
    added.forEach(stop -> isAdded[stop] = true);
    for (int stop : added) {
      StopLinker.transfersFrom(
          stop, links, grid, lats, lons, maxWalkMeters, router, newTargets, newMeters);
      targets[stop] = newTargets[stop];
      meters[stop] = newMeters[stop];
      for (int i = 0; i < newTargets[stop].length; i++) { // the walk back, taken as symmetric
        int other = newTargets[stop][i];
        if (!isAdded[other]) {
          targets[other] = append(targets[other], stop);
          meters[other] = append(meters[other], newMeters[stop][i]);
        }
      }
    }
    sortEach(targets, meters);
  }

  private static int[] append(int[] values, int value) {
    int[] longer = java.util.Arrays.copyOf(values, values.length + 1);
    longer[values.length] = value;
    return longer;
  }

  /** Each stop's transfers by target stop, as the builder writes them. */
  private static void sortEach(int[][] targets, int[][] meters) {
    for (int stop = 0; stop < targets.length; stop++) {
      Integer[] order = new Integer[targets[stop].length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      int[] t = targets[stop];
      java.util.Arrays.sort(order, (a, b) -> Integer.compare(t[a], t[b]));
      int[] sortedTargets = new int[order.length];
      int[] sortedMeters = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        sortedTargets[i] = t[order[i]];
        sortedMeters[i] = meters[stop][order[i]];
      }
      targets[stop] = sortedTargets;
      meters[stop] = sortedMeters;
    }
  }
}
