package org.ruralaccess.network.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Links transit stops to the walk network and precomputes stop-to-stop walking transfers on it.
 * Transfers are found by one time-limited street search per linked stop (at 1 m/s, so that seconds
 * read as meters, and without ferries, whose crossings are times), then read off at every linked
 * stop within the straight-line radius. They follow the street rules of any walk: never through a
 * no-through-traffic ({@code access=private}) area between two public streets.
 */
public final class StopLinker {

  private StopLinker() {}

  /** Snaps every stop used by the network to the nearest walkable street within the limit. */
  public static StopLinks link(
      TransitNetwork transit,
      StreetNetwork streets,
      double maxStopLinkMeters,
      ImportIssues issues) {
    StopLinks links = new StopLinks(transit.stopCount());
    boolean[] used = usedStops(transit);
    for (int stop = 0; stop < transit.stopCount(); stop++) {
      if (!used[stop]) {
        continue; // stops no trip serves are not routable; the GTFS reader reports them
      }
      Optional<StreetSnap> snap =
          streets.snap(
              transit.stopLat(stop), transit.stopLon(stop), StreetMode.WALK, maxStopLinkMeters);
      if (snap.isPresent()) {
        links.set(stop, snap.get());
      } else {
        issues.add(
            ImportIssue.of(
                    Severity.WARNING,
                    "STOP_NOT_LINKED",
                    "stops.txt",
                    0,
                    transit.stopId(stop),
                    "stop '"
                        + transit.stopName(stop)
                        + "' is more than "
                        + Math.round(maxStopLinkMeters)
                        + " m from any walkable street in the OSM extract; it can be reached by"
                        + " transit but not on foot")
                .at(transit.stopLat(stop), transit.stopLon(stop)));
      }
    }
    return links;
  }

  private static boolean[] usedStops(TransitNetwork transit) {
    boolean[] used = new boolean[transit.stopCount()];
    for (int pattern = 0; pattern < transit.patternCount(); pattern++) {
      for (int stop : transit.patternStops(pattern)) {
        used[stop] = true;
      }
    }
    return used;
  }

  /** Walking transfers up to {@code maxWalkMeters} between linked stops, in parallel. */
  public static StopTransfers transfers(
      TransitNetwork transit,
      StreetNetwork streets,
      StopLinks links,
      double maxWalkMeters,
      Consumer<String> progress) {
    int stopCount = transit.stopCount();
    double[] lats = new double[stopCount];
    double[] lons = new double[stopCount];
    boolean[] linked = new boolean[stopCount];
    for (int stop = 0; stop < stopCount; stop++) {
      lats[stop] = transit.stopLat(stop);
      lons[stop] = transit.stopLon(stop);
      linked[stop] = links.isLinked(stop);
    }
    PointGrid grid = new PointGrid(lats, lons, linked, Math.max(250, maxWalkMeters / 2));
    int[][] targets = new int[stopCount][];
    int[][] meters = new int[stopCount][];
    ThreadLocal<StreetRouter> routers = ThreadLocal.withInitial(() -> new StreetRouter(streets));
    AtomicInteger done = new AtomicInteger();
    int reportEvery = Math.max(1, stopCount / 10);
    IntStream.range(0, stopCount)
        .parallel()
        .forEach(
            from -> {
              transfersFrom(
                  from, links, grid, lats, lons, maxWalkMeters, routers.get(), targets, meters);
              int finished = done.incrementAndGet();
              if (finished % reportEvery == 0) {
                progress.accept("  transfers: " + (100L * finished / stopCount) + "% of stops");
              }
            });
    return pack(targets, meters);
  }

  static void transfersFrom(
      int from,
      StopLinks links,
      PointGrid grid,
      double[] lats,
      double[] lons,
      double maxWalkMeters,
      StreetRouter router,
      int[][] targets,
      int[][] meters) {
    Optional<StreetSnap> origin = links.findSnap(from);
    if (origin.isEmpty()) {
      targets[from] = new int[0];
      meters[from] = new int[0];
      return;
    }
    // no ferries: a transfer is stored as a walking distance, and a crossing is a time
    StreetTimes times =
        router.search(
            origin.get(),
            StreetMode.WALK,
            SearchDirection.FORWARD,
            1.0,
            (int) maxWalkMeters,
            false);
    List<int[]> found = new ArrayList<>();
    grid.forEachNear(
        lats[from],
        lons[from],
        maxWalkMeters,
        to -> {
          if (to == from
              || Coordinate.distanceMeters(lats[from], lons[from], lats[to], lons[to])
                  > maxWalkMeters) {
            return;
          }
          int walked = times.secondsTo(links.findSnap(to).orElseThrow());
          if (walked >= 0 && walked <= maxWalkMeters) {
            found.add(new int[] {to, walked});
          }
        });
    found.sort((a, b) -> Integer.compare(a[0], b[0]));
    targets[from] = found.stream().mapToInt(t -> t[0]).toArray();
    meters[from] = found.stream().mapToInt(t -> t[1]).toArray();
  }

  static StopTransfers pack(int[][] targets, int[][] meters) {
    int[] first = new int[targets.length + 1];
    for (int stop = 0; stop < targets.length; stop++) {
      first[stop + 1] = first[stop] + targets[stop].length;
    }
    int[] to = new int[first[targets.length]];
    int[] walk = new int[to.length];
    for (int stop = 0; stop < targets.length; stop++) {
      System.arraycopy(targets[stop], 0, to, first[stop], targets[stop].length);
      System.arraycopy(meters[stop], 0, walk, first[stop], meters[stop].length);
    }
    return new StopTransfers(first, to, walk);
  }
}
