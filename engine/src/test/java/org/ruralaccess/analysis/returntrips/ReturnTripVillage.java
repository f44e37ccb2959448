package org.ruralaccess.analysis.returntrips;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.indicators.IndicatorCategory;
import org.ruralaccess.ingest.community.SchemeFileReader;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.testing.SyntheticRegion;

/**
 * A village and its market town on the synthetic straight road (ten 1,111.95 m segments): the
 * village stop V at latitude 50.00, where the one zone's origin is, and the town stop T at 50.10,
 * 11,119.5 m away, where two GP surgeries stand. On foot that is 8,340 s = 139 min at 4.8 km/h,
 * beyond the 120-minute trip limit: only buses connect them. Board slack 60 s; walks between a stop
 * and a point at its position take 0 s.
 */
final class ReturnTripVillage {

  static final String AGENCY =
      "agency_id,agency_name,agency_url,agency_timezone\n"
          + "ag,Agency,https://example.org,Europe/London\n";
  static final String STOPS = "stop_id,stop_name,stop_lat,stop_lon\nV,V,50.00,0.0\nT,T,50.10,0.0\n";
  static final String CALENDAR =
      "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
          + "WEEKDAY,1,1,1,1,1,0,0,20240101,20241231\n";

  private ReturnTripVillage() {}

  /** A network of the village and the town with these trips (stop_times rows after the header). */
  static Network network(Path dir, String trips, String stopTimes) throws Exception {
    Map<String, String> gtfs = new LinkedHashMap<>();
    gtfs.put("agency.txt", AGENCY);
    gtfs.put("stops.txt", STOPS);
    gtfs.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR1,ag,1,3\n");
    gtfs.put("trips.txt", "route_id,service_id,trip_id\n" + trips);
    gtfs.put(
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n" + stopTimes);
    gtfs.put("calendar.txt", CALENDAR);
    return SyntheticRegion.network(dir, gtfs, SyntheticRegion.road(10, 60));
  }

  /** The network with the community transport schemes of a planner's scheme file. */
  static Network withSchemes(Network network, Path dir, String schemesYaml) throws Exception {
    Path file = dir.resolve("schemes.yaml");
    Files.writeString(file, schemesYaml);
    return network.withCommunityTransport(new CommunityTransport(SchemeFileReader.read(file)));
  }

  /** One zone in the village: 100 residents, 10 in each band but 50 aged 65+. */
  static ZoneSet village() {
    double[] bands = {10, 10, 10, 10, 10, 50};
    return new ZoneSet(
        List.of(
            new Zone("V01", "Village", null, true, 100, bands, 3, "rural", 50.0, 0.0, "given")));
  }

  /** Two GP surgeries at the town stop. */
  static DestinationSet surgeries() {
    return new DestinationSet(
        List.of(
            new Destination("GP1", "Market Surgery", "gp", 50.10, 0.0, 1),
            new Destination("GP2", "Town Practice", "gp", 50.10, 0.0, 1)));
  }

  static List<IndicatorCategory> categories(DestinationSet destinations) {
    return IndicatorCategory.of(destinations, Map.of());
  }
}
