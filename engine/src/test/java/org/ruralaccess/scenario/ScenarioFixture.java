package org.ruralaccess.scenario;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ruralaccess.ingest.gtfs.GtfsFeed;
import org.ruralaccess.ingest.gtfs.GtfsFeedReader;
import org.ruralaccess.ingest.gtfs.GtfsFeedSource;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.network.transit.TransitNetwork;
import org.ruralaccess.testing.TransitFixtures;

/**
 * A small synthetic feed (id {@code t}) on a north-south line of stops A (lat 50.00), B (50.05), C
 * (50.10), D (50.15), and helpers to write scenario files and print timetables.
 *
 * <pre>
 * R1 (WEEKDAY, Mon-Fri, January 2024):
 *   T1  A 08:00        B 08:10-08:11  C 08:20
 *   T2  A 08:30        B 08:40-08:41  C 08:50
 *   T3  A 09:30        B 09:40-09:41  C 09:50
 *   TB1 C 08:00        A 08:20                  (the other direction)
 * R2: U1 (WEEKDAY) B 08:05 D 08:25; U2 (SATURDAY) B 10:05 D 10:25
 * </pre>
 */
final class ScenarioFixture {

  static final Map<String, String> GTFS =
      Map.of(
          "agency.txt",
          "agency_id,agency_name,agency_url,agency_timezone\n"
              + "ag,Agency,https://example.org,Europe/London\n",
          "stops.txt",
          """
          stop_id,stop_name,stop_lat,stop_lon
          A,A,50.00,0.0
          B,B,50.05,0.0
          C,C,50.10,0.0
          D,D,50.15,0.0
          """,
          "routes.txt",
          "route_id,agency_id,route_short_name,route_type\nR1,ag,1,3\nR2,ag,2,3\n",
          "trips.txt",
          """
          route_id,service_id,trip_id
          R1,WEEKDAY,T1
          R1,WEEKDAY,T2
          R1,WEEKDAY,T3
          R1,WEEKDAY,TB1
          R2,WEEKDAY,U1
          R2,SATURDAY,U2
          """,
          "stop_times.txt",
          """
          trip_id,arrival_time,departure_time,stop_id,stop_sequence
          T1,08:00:00,08:00:00,A,1
          T1,08:10:00,08:11:00,B,2
          T1,08:20:00,08:20:00,C,3
          T2,08:30:00,08:30:00,A,1
          T2,08:40:00,08:41:00,B,2
          T2,08:50:00,08:50:00,C,3
          T3,09:30:00,09:30:00,A,1
          T3,09:40:00,09:41:00,B,2
          T3,09:50:00,09:50:00,C,3
          TB1,08:00:00,08:00:00,C,1
          TB1,08:20:00,08:20:00,A,2
          U1,08:05:00,08:05:00,B,1
          U1,08:25:00,08:25:00,D,2
          U2,10:05:00,10:05:00,B,1
          U2,10:25:00,10:25:00,D,2
          """,
          "calendar.txt",
          """
          service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date
          WEEKDAY,1,1,1,1,1,0,0,20240101,20240131
          SATURDAY,0,0,0,0,0,1,0,20240101,20240131
          """);

  private ScenarioFixture() {}

  static TransitNetwork network(Path dir) throws IOException {
    return network(dir, GTFS);
  }

  static TransitNetwork network(Path dir, Map<String, String> gtfs) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> file : gtfs.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }
    ImportIssues issues = new ImportIssues();
    GtfsFeed feed = GtfsFeedReader.read(new GtfsFeedSource("t", dir), issues);
    return TransitFixtures.fromFeeds(List.of(feed), issues);
  }

  static Scenario scenario(Path dir, String yaml) throws IOException {
    Path file = dir.resolve("scenario.yaml");
    Files.writeString(file, yaml);
    return ScenarioReader.read(file);
  }

  static byte[] bytes(TransitNetwork network) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      network.write(new DataOutputStream(buffer));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /**
   * The route's trips, one line each sorted by first departure then id: {@code id stop
   * arrival[-departure] ...}, times as HH:MM (HH:MM:SS when seconds are not zero), stop ids without
   * the feed prefix.
   */
  static String timetable(TransitNetwork network, String routeId) {
    List<String[]> lines = new ArrayList<>();
    for (int p = 0; p < network.patternCount(); p++) {
      if (!network.routeId(network.patternRoute(p)).equals(routeId)) {
        continue;
      }
      int[] stops = network.patternStops(p);
      for (int t = 0; t < network.patternTripCount(p); t++) {
        StringBuilder line = new StringBuilder(network.tripId(network.tripIndex(p, t)));
        for (int i = 0; i < stops.length; i++) {
          String stop = network.stopId(stops[i]);
          int arrival = network.arrivalSeconds(p, t, i);
          int departure = network.departureSeconds(p, t, i);
          line.append(' ').append(stop.substring(stop.indexOf(':') + 1)).append(' ');
          line.append(time(arrival));
          if (departure != arrival) {
            line.append('-').append(time(departure));
          }
        }
        lines.add(new String[] {time(network.departureSeconds(p, t, 0)), line.toString()});
      }
    }
    lines.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    return String.join("\n", lines.stream().map(l -> l[1]).toList());
  }

  private static String time(int seconds) {
    String hhmm = String.format("%02d:%02d", seconds / 3600, seconds % 3600 / 60);
    return seconds % 60 == 0 ? hhmm : hhmm + String.format(":%02d", seconds % 60);
  }
}
