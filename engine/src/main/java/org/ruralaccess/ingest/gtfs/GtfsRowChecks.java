package org.ruralaccess.ingest.gtfs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvRow;

/**
 * Checks of raw rows that need more than one value, made before OneBusAway reads the feed, each
 * failure one {@link BadInputException} naming file, line and field (exit code 2): a row the engine
 * would otherwise skip with a warning, or worse keep, while it says the feed is broken.
 *
 * <ul>
 *   <li>{@code frequencies.txt}: a headway of 0 or less (GTFS: a positive integer; 0 would be a bus
 *       every no seconds), or an {@code end_time} not after {@code start_time} (no departure);
 *   <li>{@code stops.txt}: a stop at exactly 0,0 (a missing position written as zeros, in the Gulf
 *       of Guinea) over 100 km from the middle of the feed's stops (so a test feed drawn around 0,0
 *       stays valid), or one whose {@code stop_lat} and {@code stop_lon} look swapped: over 100 km
 *       from the middle of the feed's stops, and within 50 km of it when swapped;
 *   <li>{@code transfers.txt}: a reference to a stop, trip or route the feed does not define (a
 *       rule about nothing), a {@code transfer_type} outside 0-5, or a {@code min_transfer_time}
 *       that is not a whole number of seconds, 0 or more.
 * </ul>
 */
final class GtfsRowChecks {

  private static final double SWAP_FAR_METERS = 100_000;
  private static final double SWAP_NEAR_METERS = 50_000;
  private static final double EARTH_RADIUS_METERS = 6_371_008.8;

  private GtfsRowChecks() {}

  static void checkFrequencies(GtfsFeedFiles files) {
    if (!files.has("frequencies.txt")) {
      return;
    }
    String label = files.label("frequencies.txt");
    try (CsvReader csv = files.csv("frequencies.txt")) {
      int start = csv.header().column("start_time");
      int end = csv.header().column("end_time");
      int headway = csv.header().column("headway_secs");
      for (CsvRow row : csv) {
        String value = row.trimmed(headway);
        long seconds = wholeNumber(label, row.line(), "headway_secs", value);
        if (seconds <= 0) {
          throw BadInputException.at(
              label,
              row.line(),
              "headway_secs",
              "'" + value + "' is not a headway; expected the seconds between departures, over 0");
        }
        String from = row.trimmed(start);
        String to = row.trimmed(end);
        if (!from.isEmpty()
            && !to.isEmpty()
            && ClockTime.parseSeconds(to) <= ClockTime.parseSeconds(from)) {
          throw BadInputException.at(
              label,
              row.line(),
              "end_time",
              "'" + to + "' is not after start_time '" + from + "'; the row has no departure");
        }
      }
    }
  }

  /** A stop at 0,0, or with its latitude and longitude swapped. */
  static void checkStopPositions(GtfsFeedFiles files) {
    String label = files.label("stops.txt");
    List<double[]> positions = new ArrayList<>(); // lat, lon, line
    try (CsvReader csv = files.csv("stops.txt")) {
      int lat = csv.header().column("stop_lat");
      int lon = csv.header().column("stop_lon");
      for (CsvRow row : csv) {
        String latText = row.trimmed(lat);
        String lonText = row.trimmed(lon);
        if (latText.isEmpty() || lonText.isEmpty()) {
          continue; // stops used by trips must have both: checked when the network is built
        }
        double latDegrees = Double.parseDouble(latText); // in range: checkCoordinates ran
        double lonDegrees = Double.parseDouble(lonText);
        positions.add(new double[] {latDegrees, lonDegrees, row.line()});
      }
    }
    if (positions.size() < 3) {
      return; // too few stops to say where the feed is
    }
    double middleLat = median(positions, 0);
    double middleLon = median(positions, 1);
    for (double[] p : positions) {
      double own = meters(p[0], p[1], middleLat, middleLon);
      if (p[0] == 0 && p[1] == 0 && own > SWAP_FAR_METERS) {
        throw BadInputException.at(
            label,
            (long) p[2],
            "stop_lat",
            "0,0 is not where a bus stops (a missing position written as zeros?); give the"
                + " stop's WGS84 stop_lat and stop_lon");
      }
      if (own > SWAP_FAR_METERS
          && Math.abs(p[1]) <= 90
          && meters(p[1], p[0], middleLat, middleLon) < SWAP_NEAR_METERS) {
        throw BadInputException.at(
            label,
            (long) p[2],
            "stop_lat",
            String.format(
                Locale.ROOT,
                "%s,%s (stop_lat,stop_lon) lies %,.0f km from the middle of the feed's stops"
                    + " (%.4f,%.4f), and among them when swapped: stop_lat and stop_lon look"
                    + " swapped",
                plain(p[0]),
                plain(p[1]),
                own / 1000,
                middleLat,
                middleLon));
      }
    }
  }

  static void checkTransfers(GtfsFeedFiles files) {
    if (!files.has("transfers.txt")) {
      return;
    }
    Set<String> stops = ids(files, "stops.txt", "stop_id");
    Set<String> trips = ids(files, "trips.txt", "trip_id");
    Set<String> routes = ids(files, "routes.txt", "route_id");
    String label = files.label("transfers.txt");
    try (CsvReader csv = files.csv("transfers.txt")) {
      for (CsvRow row : csv) {
        reference(label, row, "from_stop_id", stops, "stops.txt");
        reference(label, row, "to_stop_id", stops, "stops.txt");
        reference(label, row, "from_trip_id", trips, "trips.txt");
        reference(label, row, "to_trip_id", trips, "trips.txt");
        reference(label, row, "from_route_id", routes, "routes.txt");
        reference(label, row, "to_route_id", routes, "routes.txt");
        String type = row.get("transfer_type").trim();
        if (!type.isEmpty() && !Set.of("0", "1", "2", "3", "4", "5").contains(type)) {
          throw BadInputException.at(
              label,
              row.line(),
              "transfer_type",
              "'" + type + "' is not a transfer type; expected 0 to 5 (or empty for 0)");
        }
        String minimum = row.get("min_transfer_time").trim();
        if (!minimum.isEmpty()
            && wholeNumber(label, row.line(), "min_transfer_time", minimum) < 0) {
          throw BadInputException.at(
              label,
              row.line(),
              "min_transfer_time",
              "'" + minimum + "' is negative; expected the seconds a change takes, 0 or more");
        }
      }
    }
  }

  private static void reference(
      String label, CsvRow row, String column, Set<String> known, String definedIn) {
    String id = row.get(column).trim();
    if (!id.isEmpty() && !known.contains(id)) {
      throw BadInputException.at(
          label,
          row.line(),
          column,
          "'" + id + "' is not in " + definedIn + "; the rule refers to nothing");
    }
  }

  private static Set<String> ids(GtfsFeedFiles files, String file, String column) {
    Set<String> ids = new HashSet<>();
    if (!files.has(file)) {
      return ids;
    }
    try (CsvReader csv = files.csv(file)) {
      int index = csv.header().column(column);
      for (CsvRow row : csv) {
        ids.add(row.trimmed(index));
      }
    }
    return ids;
  }

  private static long wholeNumber(String label, long line, String column, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw BadInputException.at(
          label, line, column, "'" + value + "' is not a whole number of seconds");
    }
  }

  private static double median(List<double[]> positions, int index) {
    double[] values = positions.stream().mapToDouble(p -> p[index]).toArray();
    Arrays.sort(values);
    return values[values.length / 2];
  }

  /** Great-circle distance (haversine, the mean Earth radius). */
  private static double meters(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  private static String plain(double degrees) {
    return java.math.BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
  }
}
