package org.ruralaccess.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ruralaccess.network.link.StopTransfers;
import org.ruralaccess.network.transit.TransitNetwork;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.routing.RaptorTimetableBuilder;

/**
 * Builds the router's flat timetable for one service date from the stored network: the trips
 * running that day, plus the previous day's trips still running after midnight (GTFS times past
 * 24:00), shifted back by 24 hours into separate patterns so that trips never overtake within a
 * pattern. Blocks whose trips continue from the same stop become stay-seated through patterns
 * ({@link StaySeatedRuns}). Walking transfers become seconds at the request's walk speed; {@code
 * transfers.txt} minimum times and forbidden transfers are applied on top.
 */
public final class DayTimetables {

  private static final int DAY_SECONDS = 24 * 3600;

  private DayTimetables() {}

  /**
   * @param walkSpeedMetersPerSecond turns stored transfer distances into seconds
   * @param maxTransferWalkSeconds longer walking transfers are left out
   * @param transferSlackSeconds added to every change between vehicles
   */
  public static RaptorTimetable forDate(
      Network network,
      LocalDate date,
      double walkSpeedMetersPerSecond,
      int maxTransferWalkSeconds,
      int transferSlackSeconds) {
    return forDate(
        network,
        date,
        walkSpeedMetersPerSecond,
        maxTransferWalkSeconds,
        transferSlackSeconds,
        true);
  }

  /** As above; {@code staySeated} false leaves out the blocks' through runs (for tests). */
  static RaptorTimetable forDate(
      Network network,
      LocalDate date,
      double walkSpeedMetersPerSecond,
      int maxTransferWalkSeconds,
      int transferSlackSeconds,
      boolean staySeated) {
    TransitNetwork transit = network.transit();
    RaptorTimetableBuilder builder = RaptorTimetable.builder(transit.stopCount());
    for (int pattern = 0; pattern < transit.patternCount(); pattern++) {
      addTrips(builder, transit, pattern, date, 0);
      addTrips(builder, transit, pattern, date.minusDays(1), -DAY_SECONDS);
    }
    if (staySeated) {
      StaySeatedRuns.addThroughPatterns(builder, transit, date, 0);
      StaySeatedRuns.addThroughPatterns(builder, transit, date.minusDays(1), -DAY_SECONDS);
    }
    addTransfers(
        builder, network, walkSpeedMetersPerSecond, maxTransferWalkSeconds, transferSlackSeconds);
    return builder.build();
  }

  /**
   * Adds the trips of {@code pattern} active on {@code serviceDate}, shifted by the offset. Shifted
   * trips (yesterday's, after midnight) keep only their stops from the first one reached at or
   * after midnight; trips cut at the same stop share a pattern, which still never overtakes.
   */
  private static void addTrips(
      RaptorTimetableBuilder builder,
      TransitNetwork transit,
      int pattern,
      LocalDate serviceDate,
      int offsetSeconds) {
    int[] stops = transit.patternStops(pattern);
    Map<Integer, List<int[][]>> tripsByFirstPosition = new TreeMap<>();
    for (int t = 0; t < transit.patternTripCount(pattern); t++) {
      int trip = transit.tripIndex(pattern, t);
      if (!transit.isServiceActive(transit.tripService(trip), serviceDate)) {
        continue;
      }
      int first = 0;
      while (first < stops.length
          && transit.arrivalSeconds(pattern, t, first) + offsetSeconds < 0) {
        first++;
      }
      if (first > stops.length - 2) {
        continue; // the trip is over (or nearly) by midnight
      }
      int[] arrive = new int[stops.length - first];
      int[] depart = new int[stops.length - first];
      for (int pos = first; pos < stops.length; pos++) {
        arrive[pos - first] = transit.arrivalSeconds(pattern, t, pos) + offsetSeconds;
        depart[pos - first] = transit.departureSeconds(pattern, t, pos) + offsetSeconds;
      }
      tripsByFirstPosition
          .computeIfAbsent(first, f -> new ArrayList<>())
          .add(new int[][] {arrive, depart});
    }
    tripsByFirstPosition.forEach(
        (first, trips) -> addPattern(builder, transit, pattern, stops, first, trips));
  }

  private static void addPattern(
      RaptorTimetableBuilder builder,
      TransitNetwork transit,
      int pattern,
      int[] stops,
      int first,
      List<int[][]> trips) {
    int length = stops.length - first;
    boolean[] canBoard = new boolean[length];
    boolean[] canAlight = new boolean[length];
    for (int pos = 0; pos < length; pos++) {
      canBoard[pos] = transit.canBoard(pattern, first + pos);
      canAlight[pos] = transit.canAlight(pattern, first + pos);
    }
    builder.addPattern(
        Arrays.copyOfRange(stops, first, stops.length),
        canBoard,
        canAlight,
        trips.stream().map(t -> t[0]).toArray(int[][]::new),
        trips.stream().map(t -> t[1]).toArray(int[][]::new));
  }

  private static void addTransfers(
      RaptorTimetableBuilder builder,
      Network network,
      double walkSpeedMetersPerSecond,
      int maxTransferWalkSeconds,
      int transferSlackSeconds) {
    TransitNetwork transit = network.transit();
    TransferRuleLookup rules = TransferRuleLookup.of(transit);
    StopTransfers walks = network.transfers();
    for (int from = 0; from < transit.stopCount(); from++) {
      for (int i = walks.firstIndex(from); i < walks.endIndex(from); i++) {
        int to = walks.toStop(i);
        int walkSeconds = (int) Math.round(walks.walkMeters(i) / walkSpeedMetersPerSecond);
        if (walkSeconds > maxTransferWalkSeconds || rules.isForbidden(from, to)) {
          continue;
        }
        int seconds = Math.max(walkSeconds, rules.minSeconds(from, to)) + transferSlackSeconds;
        builder.addTransfer(from, to, seconds);
      }
      rules.addDeclaredOnly(builder, from, walks, transferSlackSeconds);
      int sameStop = Math.max(rules.minSeconds(from, from), 0) + transferSlackSeconds;
      if (sameStop > 0) {
        builder.minTransferSeconds(from, sameStop);
      }
    }
  }
}
