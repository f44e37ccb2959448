package org.ruralaccess.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralaccess.network.link.StopTransfers;
import org.ruralaccess.network.transit.TransitNetwork;
import org.ruralaccess.routing.RaptorTimetable;
import org.ruralaccess.routing.RaptorTimetableBuilder;

/**
 * Builds the router's flat timetable for one service date from the stored network: the trips
 * running that day, plus the previous day's trips still running after midnight (GTFS times past
 * 24:00), shifted back by 24 hours into separate patterns so that trips never overtake within a
 * pattern. Walking transfers become seconds at the request's walk speed; {@code transfers.txt}
 * minimum times and forbidden transfers are applied on top.
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
    TransitNetwork transit = network.transit();
    RaptorTimetableBuilder builder = RaptorTimetable.builder(transit.stopCount());
    for (int pattern = 0; pattern < transit.patternCount(); pattern++) {
      addTrips(builder, transit, pattern, date, 0);
      addTrips(builder, transit, pattern, date.minusDays(1), -DAY_SECONDS);
    }
    addTransfers(
        builder, network, walkSpeedMetersPerSecond, maxTransferWalkSeconds, transferSlackSeconds);
    return builder.build();
  }

  /** Adds the trips of {@code pattern} active on {@code serviceDate}, shifted by the offset. */
  private static void addTrips(
      RaptorTimetableBuilder builder,
      TransitNetwork transit,
      int pattern,
      LocalDate serviceDate,
      int offsetSeconds) {
    int[] stops = transit.patternStops(pattern);
    List<int[]> arrivals = new ArrayList<>();
    List<int[]> departures = new ArrayList<>();
    for (int t = 0; t < transit.patternTripCount(pattern); t++) {
      int trip = transit.tripIndex(pattern, t);
      if (!transit.isServiceActive(transit.tripService(trip), serviceDate)) {
        continue;
      }
      int lastArrival = transit.arrivalSeconds(pattern, t, stops.length - 1) + offsetSeconds;
      if (offsetSeconds < 0 && lastArrival < 0) {
        continue; // yesterday's trip finished before midnight
      }
      int[] arrive = new int[stops.length];
      int[] depart = new int[stops.length];
      for (int pos = 0; pos < stops.length; pos++) {
        arrive[pos] = transit.arrivalSeconds(pattern, t, pos) + offsetSeconds;
        depart[pos] = transit.departureSeconds(pattern, t, pos) + offsetSeconds;
      }
      arrivals.add(arrive);
      departures.add(depart);
    }
    if (arrivals.isEmpty()) {
      return;
    }
    boolean[] canBoard = new boolean[stops.length];
    boolean[] canAlight = new boolean[stops.length];
    for (int pos = 0; pos < stops.length; pos++) {
      canBoard[pos] = transit.canBoard(pattern, pos);
      canAlight[pos] = transit.canAlight(pattern, pos);
    }
    builder.addPattern(
        stops,
        canBoard,
        canAlight,
        arrivals.toArray(new int[0][]),
        departures.toArray(new int[0][]));
  }

  private static void addTransfers(
      RaptorTimetableBuilder builder,
      Network network,
      double walkSpeedMetersPerSecond,
      int maxTransferWalkSeconds,
      int transferSlackSeconds) {
    TransitNetwork transit = network.transit();
    TransferRules rules = TransferRules.of(transit);
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
