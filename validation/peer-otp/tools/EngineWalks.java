import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ruralaccess.network.DayTimetables;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.store.NetworkStore;
import org.ruralaccess.network.street.SearchDirection;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetRouter;
import org.ruralaccess.network.street.StreetSnap;
import org.ruralaccess.network.street.StreetTimes;
import org.ruralaccess.routing.RaptorTimetable;

/**
 * The engine's walks in seconds, for the peer check's classifier ({@code rae matrix} writes whole
 * minutes, and a connection is often decided by a few seconds). Two modes:
 *
 * <pre>
 * java -cp engine/target/rae.jar EngineWalks.java stops NETWORK OUT.csv
 * java -cp engine/target/rae.jar EngineWalks.java walks NETWORK DATE PAIRS.csv OUT.csv
 * </pre>
 *
 * <p>{@code stops}: where the engine joins every stop to the walk network: {@code
 * stop_id,linked,lat,lon,snap_lat,snap_lon,off_street_m}.
 *
 * <p>{@code walks}: for each {@code key,from_id,from_lat,from_lon,to_id,to_lat,to_lon} row (an id
 * {@code stop:X} is the engine's stop X, with or without its feed prefix; anything else a point
 * snapped as the matrix snaps it): {@code key,street_seconds,transfer_seconds,from_off_street_m,
 * to_off_street_m}. {@code street_seconds} is the walk over the street network, off-street parts
 * included, up to an hour; {@code transfer_seconds}, between two stops, is the transfer the router
 * uses on DATE (walk, minimum transfer time and transfer slack; blank when the router has none).
 *
 * <p>Uses the engine's internal classes, as {@code EngineJourney.java} does.
 */
public class EngineWalks {

  static final int HOUR_SECONDS = 3600;

  public static void main(String[] args) throws IOException {
    Network network = NetworkStore.read(Path.of(args[1]));
    if (args[0].equals("stops")) {
      Files.write(Path.of(args[2]), stops(network));
    } else {
      Files.write(Path.of(args[4]), walks(network, LocalDate.parse(args[2]), Path.of(args[3])));
    }
  }

  static List<String> stops(Network n) {
    List<String> out = new ArrayList<>();
    out.add("stop_id,linked,lat,lon,snap_lat,snap_lon,off_street_m");
    for (int s = 0; s < n.transit().stopCount(); s++) {
      Optional<StreetSnap> snap = n.stopLinks().findSnap(s);
      out.add(
          String.format(
              Locale.ROOT,
              "%s,%d,%.6f,%.6f,%s,%s,%s",
              n.transit().stopId(s),
              snap.isPresent() ? 1 : 0,
              n.transit().stopLat(s),
              n.transit().stopLon(s),
              snap.map(x -> String.format(Locale.ROOT, "%.6f", x.lat())).orElse(""),
              snap.map(x -> String.format(Locale.ROOT, "%.6f", x.lon())).orElse(""),
              snap.map(x -> String.format(Locale.ROOT, "%.1f", x.offStreetMeters())).orElse("")));
    }
    return out;
  }

  static List<String> walks(Network n, LocalDate date, Path pairs) throws IOException {
    var r = n.info().routing();
    double speed = r.walkSpeedKmh() / 3.6;
    RaptorTimetable tt =
        DayTimetables.forDate(
            n, date, speed, r.maxTransferWalkMinutes() * 60, r.transferSlackSeconds());
    Map<String, Integer> stopBySuffix = new HashMap<>();
    for (int s = 0; s < n.transit().stopCount(); s++) {
      String id = n.transit().stopId(s);
      stopBySuffix.put(id, s);
      stopBySuffix.putIfAbsent(id.substring(id.indexOf(':') + 1), s);
    }
    Map<String, StreetTimes> searches = new HashMap<>();
    List<String> out = new ArrayList<>();
    out.add("key,street_seconds,transfer_seconds,from_off_street_m,to_off_street_m");
    List<String> lines = Files.readAllLines(pairs);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      OptionalInt fromStop = stop(stopBySuffix, f[1]);
      OptionalInt toStop = stop(stopBySuffix, f[4]);
      Optional<StreetSnap> from = snap(n, fromStop, f[2], f[3]);
      Optional<StreetSnap> to = snap(n, toStop, f[5], f[6]);
      String street = "";
      if (from.isPresent() && to.isPresent()) {
        StreetTimes times =
            searches.computeIfAbsent(
                f[1] + "@" + f[2] + "," + f[3],
                k ->
                    new StreetRouter(n.streets())
                        .search(
                            from.get(), StreetMode.WALK, SearchDirection.FORWARD, speed,
                            HOUR_SECONDS));
        int seconds = times.secondsTo(to.get());
        street = seconds < 0 ? "" : Integer.toString(seconds);
      }
      String transfer = "";
      if (fromStop.isPresent() && toStop.isPresent()) {
        int a = fromStop.getAsInt();
        int b = toStop.getAsInt();
        for (int i = 0; i < tt.transferCount(a); i++) {
          if (tt.transferTarget(a, i) == b) {
            transfer = Integer.toString(tt.transferDurationSeconds(a, i));
          }
        }
      }
      out.add(
          String.join(
              ",",
              f[0],
              street,
              transfer,
              from.map(EngineWalks::meters).orElse(""),
              to.map(EngineWalks::meters).orElse("")));
    }
    return out;
  }

  static OptionalInt stop(Map<String, Integer> stopBySuffix, String id) {
    if (!id.startsWith("stop:")) {
      return OptionalInt.empty();
    }
    Integer stop = stopBySuffix.get(id.substring("stop:".length()));
    return stop == null ? OptionalInt.empty() : OptionalInt.of(stop);
  }

  static Optional<StreetSnap> snap(Network n, OptionalInt stop, String lat, String lon) {
    if (stop.isPresent()) {
      return n.stopLinks().findSnap(stop.getAsInt());
    }
    return n.streets()
        .snap(Double.parseDouble(lat), Double.parseDouble(lon), StreetMode.WALK, 1600);
  }

  static String meters(StreetSnap snap) {
    return String.format(Locale.ROOT, "%.1f", snap.offStreetMeters());
  }
}
