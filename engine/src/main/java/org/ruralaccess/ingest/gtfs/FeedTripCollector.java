package org.ruralaccess.ingest.gtfs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.onebusaway.gtfs.model.Frequency;
import org.onebusaway.gtfs.model.Stop;
import org.onebusaway.gtfs.model.StopLocation;
import org.onebusaway.gtfs.model.StopTime;
import org.onebusaway.gtfs.model.Trip;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.model.transit.TimedTrip;

/**
 * Turns the trips of one feed into {@link TimedTrip}s, deciding per problem as a GTFS validator
 * would report it: a trip with an unknown route, service or stop, fewer than two stop times, no
 * time at its first or last stop, or times going backwards is skipped with a warning; a stop more
 * than 100 km from both its neighbours is reported with its location but the trip is kept; a used
 * stop without coordinates stops the build. Blank times are shared out by distance along the trip
 * (see {@link TripDistances}). Trips in frequencies.txt are expanded (see {@link
 * FrequencyExpander}).
 */
final class FeedTripCollector {

  /** A stop this far from both neighbours is probably misplaced (a coach may hop 100 km once). */
  private static final double FAR_FROM_NEIGHBOURS_METERS = 100_000;

  private final GtfsFeed feed;
  private final Set<String> knownServices;
  private final ImportIssues issues;
  private final TripDistances distances;

  private FeedTripCollector(GtfsFeed feed, Set<String> knownServices, ImportIssues issues) {
    this.feed = feed;
    this.knownServices = knownServices;
    this.issues = issues;
    this.distances = new TripDistances(feed, issues);
  }

  /** The feed's usable trips sorted by trip id, frequency-based trips expanded. */
  static List<TimedTrip> collect(GtfsFeed feed, Set<String> knownServices, ImportIssues issues) {
    return new FeedTripCollector(feed, knownServices, issues).collect();
  }

  private List<TimedTrip> collect() {
    reportRowsOfUnknownTrips();
    List<Trip> trips = new ArrayList<>(feed.dao().getAllTrips());
    trips.sort(Comparator.comparing(trip -> trip.getId().getId()));
    List<TimedTrip> result = new ArrayList<>(trips.size());
    for (Trip trip : trips) {
      TimedTrip timed = timedTrip(trip);
      if (timed == null) {
        continue;
      }
      List<Frequency> frequencies = feed.dao().getFrequenciesForTrip(trip);
      if (frequencies.isEmpty()) {
        result.add(timed);
      } else {
        result.addAll(FrequencyExpander.expand(timed, frequencies, feed, issues));
      }
    }
    reportInterpolation();
    return result;
  }

  private void reportInterpolation() {
    int[] counts = distances.counts();
    int trips = counts[0] + counts[1] + counts[2];
    if (trips > 0) {
      issues.add(
          ImportIssue.of(
              Severity.INFO,
              "STOP_TIMES_INTERPOLATED",
              feed.fileLabel("stop_times.txt"),
              0,
              null,
              trips
                  + " trips have blank times, shared out by "
                  + counts[0]
                  + " shape_dist_traveled, "
                  + counts[1]
                  + " distance along the shape, "
                  + counts[2]
                  + " straight-line distance"));
    }
  }

  private TimedTrip timedTrip(Trip trip) {
    String rawId = trip.getId().getId();
    long line = feed.line(Trip.class, trip.getId());
    if (feed.isMissingReference(trip.getRoute())) {
      warn(
          "UNKNOWN_ROUTE",
          "trips.txt",
          line,
          rawId,
          "route_id " + trip.getRoute().getId().getId() + " is not in routes.txt; trip skipped");
      return null;
    }
    String serviceId = feed.namespaced(trip.getServiceId());
    if (!knownServices.contains(serviceId)) {
      warn(
          "UNKNOWN_SERVICE",
          "trips.txt",
          line,
          rawId,
          "service_id "
              + trip.getServiceId().getId()
              + " is in neither calendar.txt nor calendar_dates.txt; trip skipped");
      return null;
    }
    List<StopTime> stopTimes = new ArrayList<>(feed.dao().getStopTimesForTrip(trip));
    stopTimes.sort(Comparator.comparingInt(StopTime::getStopSequence));
    if (stopTimes.size() < 2) {
      warn(
          "TOO_FEW_STOP_TIMES",
          "trips.txt",
          line,
          rawId,
          "trip has " + stopTimes.size() + " stop time(s), at least 2 are needed; trip skipped");
      return null;
    }
    for (int i = 1; i < stopTimes.size(); i++) {
      // two rows with one stop_sequence have no order: which stop comes first is a guess
      if (stopTimes.get(i).getStopSequence() == stopTimes.get(i - 1).getStopSequence()) {
        warn(
            "DUPLICATE_STOP_SEQUENCE",
            "stop_times.txt",
            Math.max(feed.line(stopTimes.get(i)), feed.line(stopTimes.get(i - 1))),
            rawId,
            "stop_sequence "
                + stopTimes.get(i).getStopSequence()
                + " appears twice in the trip; trip skipped");
        return null;
      }
    }
    int n = stopTimes.size();
    Stop[] stops = new Stop[n];
    for (int i = 0; i < n; i++) {
      stops[i] = usableStop(stopTimes.get(i), rawId);
      if (stops[i] == null) {
        return null;
      }
    }
    return timesOf(trip, serviceId, stopTimes, stops);
  }

  private TimedTrip timesOf(Trip trip, String serviceId, List<StopTime> stopTimes, Stop[] stops) {
    String rawId = trip.getId().getId();
    int n = stopTimes.size();
    String[] stopIds = new String[n];
    byte[] flags = new byte[n];
    int[] arrivals = new int[n];
    int[] departures = new int[n];
    for (int i = 0; i < n; i++) {
      StopTime stopTime = stopTimes.get(i);
      stopIds[i] = feed.namespaced(stops[i].getId());
      flags[i] =
          (byte)
              ((stopTime.getPickupType() == 1 ? TimedTrip.NO_BOARDING : 0)
                  | (stopTime.getDropOffType() == 1 ? TimedTrip.NO_ALIGHTING : 0));
      arrivals[i] =
          stopTime.isArrivalTimeSet() ? stopTime.getArrivalTime() : StopTimeInterpolator.BLANK;
      departures[i] =
          stopTime.isDepartureTimeSet() ? stopTime.getDepartureTime() : StopTimeInterpolator.BLANK;
    }
    double[] along =
        hasBlankBetweenEnds(arrivals, departures)
            ? distances.along(trip, stopTimes, stops)
            : new double[n];
    if (!StopTimeInterpolator.fill(arrivals, departures, along)) {
      warn(
          "MISSING_TERMINAL_TIME",
          "stop_times.txt",
          feed.line(stopTimes.get(0)),
          rawId,
          "the first or last stop of the trip has no time; trip skipped");
      return null;
    }
    for (int i = 0; i < n; i++) {
      if (departures[i] < arrivals[i] || (i > 0 && arrivals[i] < departures[i - 1])) {
        warn(
            "STOP_TIMES_BACKWARDS",
            "stop_times.txt",
            feed.line(stopTimes.get(i)),
            rawId,
            "time goes backwards at stop_sequence "
                + stopTimes.get(i).getStopSequence()
                + " ("
                + ClockTime.format(arrivals[i])
                + "); trip skipped");
        return null;
      }
    }
    reportFarStops(stopTimes, stops, rawId);
    String block = trip.getBlockId();
    String blockId = block == null || block.isBlank() ? null : feed.feedId() + ":" + block;
    return new TimedTrip(
        feed.namespaced(trip.getId()),
        feed.namespaced(trip.getRoute().getId()),
        serviceId,
        blockId,
        stopIds,
        flags,
        arrivals,
        departures);
  }

  private Stop usableStop(StopTime stopTime, String rawTripId) {
    StopLocation location = stopTime.getStop();
    if (feed.isMissingReference(location)) {
      warn(
          "UNKNOWN_STOP",
          "stop_times.txt",
          feed.line(stopTime),
          rawTripId,
          "stop_id " + location.getId().getId() + " is not in stops.txt; trip skipped");
      return null;
    }
    if (!(location instanceof Stop stop)) {
      warn(
          "UNSUPPORTED_STOP_LOCATION",
          "stop_times.txt",
          feed.line(stopTime),
          rawTripId,
          "stop_id " + location.getId().getId() + " is a flexible location; trip skipped");
      return null;
    }
    if (!stop.isLatSet()
        || !stop.isLonSet()
        || !new Coordinate(stop.getLat(), stop.getLon()).isValid()) {
      long line = feed.line(Stop.class, stop.getId());
      String message =
          "stop "
              + stop.getId().getId()
              + " is used by trip "
              + rawTripId
              + " but has no valid stop_lat/stop_lon; expected WGS84 decimal degrees";
      issues.add(
          ImportIssue.of(
              Severity.ERROR,
              "STOP_WITHOUT_COORDINATES",
              feed.fileLabel("stops.txt"),
              line,
              stop.getId().getId(),
              message));
      throw BadInputException.at(feed.fileLabel("stops.txt"), line, "stop_lat", message);
    }
    return stop;
  }

  /** Whether a stop between the first and the last has neither arrival nor departure time. */
  private static boolean hasBlankBetweenEnds(int[] arrivals, int[] departures) {
    for (int i = 1; i + 1 < arrivals.length; i++) {
      if (arrivals[i] == StopTimeInterpolator.BLANK
          && departures[i] == StopTimeInterpolator.BLANK) {
        return true;
      }
    }
    return false;
  }

  private void reportFarStops(List<StopTime> stopTimes, Stop[] stops, String rawTripId) {
    for (int i = 1; i + 1 < stops.length; i++) {
      if (metersBetween(stops[i - 1], stops[i]) > FAR_FROM_NEIGHBOURS_METERS
          && metersBetween(stops[i], stops[i + 1]) > FAR_FROM_NEIGHBOURS_METERS) {
        issues.add(
            ImportIssue.of(
                    Severity.WARNING,
                    "STOP_FAR_FROM_NEIGHBOURS",
                    feed.fileLabel("stop_times.txt"),
                    feed.line(stopTimes.get(i)),
                    rawTripId,
                    "stop "
                        + stops[i].getId().getId()
                        + " is more than 100 km from both its neighbours in the trip; trip kept")
                .at(stops[i].getLat(), stops[i].getLon()));
      }
    }
  }

  private static double metersBetween(Stop a, Stop b) {
    return Coordinate.distanceMeters(a.getLat(), a.getLon(), b.getLat(), b.getLon());
  }

  /** One warning per unknown trip_id in stop_times.txt (at its first row) and frequencies.txt. */
  private void reportRowsOfUnknownTrips() {
    Map<String, long[]> rowsAndFirstLine = new TreeMap<>();
    for (StopTime stopTime : feed.dao().getAllStopTimes()) {
      if (feed.isMissingReference(stopTime.getTrip())) {
        long[] counts =
            rowsAndFirstLine.computeIfAbsent(
                stopTime.getTrip().getId().getId(), k -> new long[] {0, Long.MAX_VALUE});
        counts[0]++;
        counts[1] = Math.min(counts[1], feed.line(stopTime));
      }
    }
    for (Frequency frequency : feed.dao().getAllFrequencies()) {
      if (feed.isMissingReference(frequency.getTrip())) {
        warn(
            "UNKNOWN_TRIP",
            "frequencies.txt",
            0,
            frequency.getTrip().getId().getId(),
            "trip_id "
                + frequency.getTrip().getId().getId()
                + " is not in trips.txt; frequency row skipped");
      }
    }
    rowsAndFirstLine.forEach(
        (tripId, counts) ->
            warn(
                "UNKNOWN_TRIP",
                "stop_times.txt",
                counts[1],
                tripId,
                "trip_id " + tripId + " is not in trips.txt; " + counts[0] + " row(s) skipped"));
  }

  private void warn(String code, String file, long line, String entityId, String message) {
    issues.add(
        ImportIssue.of(Severity.WARNING, code, feed.fileLabel(file), line, entityId, message));
  }
}
