import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * The engine's journey for one origin, destination and departure minute, leg by leg: a diagnostic
 * for the peer check (the matrix gives times, not journeys). A plain RAPTOR with predecessors over
 * the same day timetable ({@code DayTimetables}), the same access and egress walks and the same
 * rules as {@code rae matrix} (board slack, minimum transfer times, one footpath after a ride,
 * egress from a stop however it was reached); the harness checks that its minutes equal {@code rae
 * matrix}'s before using a journey. Also answers with egress allowed only from stops reached on
 * board (as OpenTripPlanner's and R5's routers do), to measure that difference.
 *
 * <p>Uses the engine's internal classes: after a refactoring of the engine it may need its imports
 * updated; the harness then carries on without engine journeys.
 *
 * <p>Usage: {@code java -cp engine/target/rae.jar EngineJourney.java NETWORK QUERIES.csv OUT} with
 * {@code query,date,departure,origin_lat,origin_lon,destination_lat,destination_lon} rows; writes
 * one JSON object per line.
 */
public class EngineJourney {

  static final int INF = Integer.MAX_VALUE / 2;

  record Leg(String kind, int fromStop, int toStop, int start, int end) {}

  record Journey(int seconds, List<Leg> legs, boolean egressAfterTransferWalk) {}

  /**
   * The network's routing settings ({@code rae info}'s "routing"), copied so that this file does
   * not name their class (which moves between packages as the engine is restructured).
   */
  record Settings(
      double walkSpeedMetersPerSecond,
      int maxWalkSeconds,
      int maxTransfers,
      int boardSlackSeconds,
      int maxTripSeconds,
      int maxTransferWalkSeconds,
      int transferSlackSeconds) {

    static Settings of(Network network) {
      var r = network.info().routing();
      return new Settings(
          r.walkSpeedKmh() / 3.6,
          r.maxWalkMinutes() * 60,
          r.maxTransfers(),
          r.boardSlackSeconds(),
          r.maxTripMinutes() * 60,
          r.maxTransferWalkMinutes() * 60,
          r.transferSlackSeconds());
    }
  }

  public static void main(String[] args) throws IOException {
    Network network = NetworkStore.read(Path.of(args[0]));
    List<String> lines = Files.readAllLines(Path.of(args[1]));
    Map<String, Integer> column = new HashMap<>();
    String[] header = lines.get(0).split(",");
    for (int i = 0; i < header.length; i++) {
      column.put(header[i], i);
    }
    Settings routing = Settings.of(network);
    Map<String, RaptorTimetable> timetables = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      String date = f[column.get("date")];
      RaptorTimetable tt =
          timetables.computeIfAbsent(
              date,
              d ->
                  DayTimetables.forDate(
                      network,
                      LocalDate.parse(d),
                      routing.walkSpeedMetersPerSecond(),
                      routing.maxTransferWalkSeconds(),
                      routing.transferSlackSeconds()));
      String[] hm = f[column.get("departure")].split(":");
      int departure = Integer.parseInt(hm[0]) * 3600 + Integer.parseInt(hm[1]) * 60;
      double[] od = {
        Double.parseDouble(f[column.get("origin_lat")]),
        Double.parseDouble(f[column.get("origin_lon")]),
        Double.parseDouble(f[column.get("destination_lat")]),
        Double.parseDouble(f[column.get("destination_lon")])
      };
      // the engine's rule (since the peer check found it broken): the egress walk starts where a
      // ride or the access walk ended, never after a transfer walk
      Journey journey = route(network, tt, routing, departure, od, true);
      out.add(json(f[column.get("query")], network, departure, journey, journey));
    }
    Files.write(Path.of(args[2]), out);
  }

  static Journey route(
      Network n, RaptorTimetable tt, Settings r, int dep, double[] od, boolean onBoard) {
    double speed = r.walkSpeedMetersPerSecond();
    int maxWalk = r.maxWalkSeconds();
    Optional<StreetSnap> os = n.streets().snap(od[0], od[1], StreetMode.WALK, 1600);
    Optional<StreetSnap> ds = n.streets().snap(od[2], od[3], StreetMode.WALK, 1600);
    if (os.isEmpty() || ds.isEmpty()) {
      return null;
    }
    StreetTimes acc =
        new StreetRouter(n.streets())
            .search(os.get(), StreetMode.WALK, SearchDirection.FORWARD, speed, maxWalk);
    StreetTimes egr =
        new StreetRouter(n.streets())
            .search(ds.get(), StreetMode.WALK, SearchDirection.REVERSE, speed, maxWalk);
    int stops = tt.stopCount();
    int rounds = r.maxTransfers() + 2;
    int[] access = new int[stops];
    int[] egress = new int[stops];
    for (int s = 0; s < stops; s++) {
      access[s] = INF;
      egress[s] = INF;
      Optional<StreetSnap> snap = n.stopLinks().findSnap(s);
      if (snap.isPresent()) {
        int t = acc.secondsTo(snap.get());
        access[s] = t >= 0 && t <= maxWalk ? t : INF;
        t = egr.secondsTo(snap.get());
        egress[s] = t >= 0 && t <= maxWalk ? t : INF;
      }
    }
    int latest = dep + r.maxTripSeconds();
    int[][] transit = new int[rounds][stops];
    int[][] walk = new int[rounds][stops];
    int[][] pattern = new int[rounds][stops];
    int[][] trip = new int[rounds][stops];
    int[][] boardAt = new int[rounds][stops];
    int[][] alightAt = new int[rounds][stops];
    int[][] walkFrom = new int[rounds][stops]; // -1 access, -2 same stop, else the stop walked from
    for (int k = 0; k < rounds; k++) {
      Arrays.fill(transit[k], INF);
      Arrays.fill(walk[k], INF);
    }
    for (int s = 0; s < stops; s++) {
      if (access[s] < INF) {
        walk[0][s] = dep + access[s];
        walkFrom[0][s] = -1;
      }
    }
    for (int k = 1; k < rounds; k++) {
      for (int s = 0; s < stops; s++) {
        transit[k][s] = transit[k - 1][s];
        walk[k][s] = walk[k - 1][s];
        pattern[k][s] = pattern[k - 1][s];
        trip[k][s] = trip[k - 1][s];
        boardAt[k][s] = boardAt[k - 1][s];
        alightAt[k][s] = alightAt[k - 1][s];
        walkFrom[k][s] = walkFrom[k - 1][s];
      }
      boolean[] improved = new boolean[stops];
      for (int p = 0; p < tt.patternCount(); p++) {
        int onTrip = -1;
        int boardPos = -1;
        for (int pos = 0; pos < tt.stopCountInPattern(p); pos++) {
          int s = tt.stop(p, pos);
          if (onTrip >= 0 && tt.canAlight(p, pos)) {
            int t = tt.arrivalSeconds(p, onTrip, pos);
            if (t < transit[k][s] && t <= latest) {
              transit[k][s] = t;
              pattern[k][s] = p;
              trip[k][s] = onTrip;
              boardAt[k][s] = boardPos;
              alightAt[k][s] = pos;
              improved[s] = true;
            }
          }
          if (tt.canBoard(p, pos)) {
            int viaTransit =
                transit[k - 1][s] >= INF ? INF : transit[k - 1][s] + tt.minTransferSeconds(s);
            int ready = Math.min(viaTransit, walk[k - 1][s]);
            if (ready >= INF) {
              continue;
            }
            int earliest = ready + r.boardSlackSeconds();
            for (int t = 0; t < tt.tripCount(p); t++) {
              if (tt.departureSeconds(p, t, pos) >= earliest) {
                if (onTrip < 0 || tt.departureSeconds(p, t, pos) < tt.departureSeconds(p, onTrip, pos)) {
                  onTrip = t;
                  boardPos = pos;
                }
                break;
              }
            }
          }
        }
      }
      for (int s = 0; s < stops; s++) {
        if (!improved[s]) {
          continue;
        }
        for (int i = 0; i < tt.transferCount(s); i++) {
          int to = tt.transferTarget(s, i);
          int t = transit[k][s] + tt.transferDurationSeconds(s, i);
          if (t < walk[k][to] && t <= latest) {
            walk[k][to] = t;
            walkFrom[k][to] = s;
          }
        }
        if (transit[k][s] < walk[k][s]) {
          walk[k][s] = transit[k][s];
          walkFrom[k][s] = -2;
        }
      }
    }
    int last = rounds - 1;
    int best = INF;
    int bestStop = -1;
    for (int s = 0; s < stops; s++) {
      int at = egressStart(transit, walk, walkFrom, last, s, onBoard);
      if (egress[s] < INF && at < INF && at + egress[s] < best) {
        best = at + egress[s];
        bestStop = s;
      }
    }
    if (bestStop < 0 || best > latest) {
      return null;
    }
    List<Leg> legs = new ArrayList<>();
    int k = last;
    int s = bestStop;
    int at = egressStart(transit, walk, walkFrom, k, s, onBoard);
    legs.add(new Leg("egress", s, -1, at, best));
    boolean onFoot = walk[k][s] < transit[k][s] && (!onBoard || walkFrom[k][s] == -1);
    boolean egressAfterTransferWalk = onFoot && walkFrom[k][s] >= 0;
    while (true) {
      if (onFoot) {
        int from = walkFrom[k][s];
        if (from == -1) {
          legs.add(new Leg("access", -1, s, dep, walk[k][s]));
          break;
        }
        if (from >= 0) {
          legs.add(new Leg("transfer", from, s, transit[k][from], walk[k][s]));
          s = from;
        }
        onFoot = false;
        continue;
      }
      int p = pattern[k][s];
      int t = trip[k][s];
      int boardStop = tt.stop(p, boardAt[k][s]);
      legs.add(
          new Leg(
              "ride",
              boardStop,
              s,
              tt.departureSeconds(p, t, boardAt[k][s]),
              tt.arrivalSeconds(p, t, alightAt[k][s])));
      k--;
      s = boardStop;
      int viaTransit = transit[k][s] >= INF ? INF : transit[k][s] + tt.minTransferSeconds(s);
      onFoot = walk[k][s] <= viaTransit;
    }
    Collections.reverse(legs);
    return new Journey(best - dep, legs, egressAfterTransferWalk);
  }

  /**
   * Where the egress walk from stop {@code s} may start: with {@code onBoard}, on alighting or at
   * the end of the access walk only (the engine's rule); otherwise also after a transfer walk.
   */
  static int egressStart(
      int[][] transit, int[][] walk, int[][] walkFrom, int k, int s, boolean onBoard) {
    if (!onBoard || walkFrom[k][s] == -1) {
      return Math.min(walk[k][s], transit[k][s]);
    }
    return transit[k][s];
  }

  static String json(String query, Network n, int dep, Journey any, Journey onBoard) {
    StringBuilder b = new StringBuilder("{\"query\":").append(query);
    b.append(",\"seconds\":").append(any == null ? "null" : any.seconds());
    b.append(",\"on_board_egress_seconds\":").append(onBoard == null ? "null" : onBoard.seconds());
    b.append(",\"egress_after_transfer_walk\":").append(any != null && any.egressAfterTransferWalk());
    b.append(",\"legs\":[");
    if (any != null) {
      for (int i = 0; i < any.legs().size(); i++) {
        Leg leg = any.legs().get(i);
        b.append(i == 0 ? "" : ",").append("{\"kind\":\"").append(leg.kind()).append('"');
        b.append(",\"from_stop\":").append(stop(n, leg.fromStop()));
        b.append(",\"to_stop\":").append(stop(n, leg.toStop()));
        b.append(",\"start\":").append(leg.start()).append(",\"end\":").append(leg.end()).append('}');
      }
    }
    return b.append("]}").toString();
  }

  static String stop(Network n, int stop) {
    if (stop < 0) {
      return "null";
    }
    String id = n.transit().stopId(stop);
    return String.format(
        Locale.ROOT,
        "{\"id\":\"%s\",\"lat\":%.6f,\"lon\":%.6f}",
        id.replace("\"", ""),
        n.transit().stopLat(stop),
        n.transit().stopLon(stop));
  }
}
