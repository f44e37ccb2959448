package org.ruralaccess.network.transit;

import java.util.List;
import java.util.Map;
import org.ruralaccess.model.transit.TimedTrip;

/**
 * Lays grouped patterns out as columns: trips numbered in pattern order, their times in two flat
 * int arrays (trip after trip, one entry per stop of the pattern).
 */
record TimetableColumns(TransitColumns.Patterns patterns, TransitColumns.Trips trips) {

  static TimetableColumns of(
      List<List<TimedTrip>> grouped,
      Map<String, Integer> stopIndex,
      Map<String, Integer> routeIndex,
      Map<String, Integer> serviceIndex) {
    int patternCount = grouped.size();
    int tripCount = 0;
    int patternStopTotal = 0;
    int timeTotal = 0;
    for (List<TimedTrip> pattern : grouped) {
      int stops = pattern.get(0).stopIds().length;
      tripCount += pattern.size();
      patternStopTotal += stops;
      timeTotal += stops * pattern.size();
    }
    int[] routes = new int[patternCount];
    int[] stopOffsets = new int[patternCount + 1];
    int[] stops = new int[patternStopTotal];
    byte[] flags = new byte[patternStopTotal];
    int[] firstTrips = new int[patternCount + 1];
    String[] tripIds = new String[tripCount];
    int[] services = new int[tripCount];
    String[] blockIds = new String[tripCount];
    int[] tripPatterns = new int[tripCount];
    int[] timeOffsets = new int[tripCount];
    int[] arrivals = new int[timeTotal];
    int[] departures = new int[timeTotal];
    int trip = 0;
    int time = 0;
    for (int p = 0; p < patternCount; p++) {
      List<TimedTrip> pattern = grouped.get(p);
      TimedTrip first = pattern.get(0);
      int n = first.stopIds().length;
      routes[p] = routeIndex.get(first.routeId());
      for (int i = 0; i < n; i++) {
        stops[stopOffsets[p] + i] = stopIndex.get(first.stopIds()[i]);
        flags[stopOffsets[p] + i] = first.pickupDropOff()[i];
      }
      stopOffsets[p + 1] = stopOffsets[p] + n;
      firstTrips[p] = trip;
      for (TimedTrip timed : pattern) {
        tripIds[trip] = timed.tripId();
        services[trip] = serviceIndex.get(timed.serviceId());
        blockIds[trip] = timed.blockId();
        tripPatterns[trip] = p;
        timeOffsets[trip] = time;
        System.arraycopy(timed.arrivalSeconds(), 0, arrivals, time, n);
        System.arraycopy(timed.departureSeconds(), 0, departures, time, n);
        time += n;
        trip++;
      }
    }
    firstTrips[patternCount] = trip;
    return new TimetableColumns(
        new TransitColumns.Patterns(routes, stopOffsets, stops, flags, firstTrips),
        new TransitColumns.Trips(
            tripIds, services, blockIds, tripPatterns, timeOffsets, arrivals, departures));
  }
}
