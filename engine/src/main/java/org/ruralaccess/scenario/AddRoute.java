package org.ruralaccess.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.network.transit.ScheduledTrip;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * A new route in one direction (add a second for the way back): route {@code scenario:<id>}, its
 * own service {@code scenario:<id>} on the given days, and one trip {@code scenario:<id>#HH:MM:SS}
 * per departure from the first stop, explicit or every {@code headway} within a band. Running times
 * between consecutive stops are given, or derived from driving times on the street network times
 * {@code carTimeFactor} (a bus is slower than a car: stops, acceleration); every intermediate stop
 * adds {@code dwellSeconds}.
 *
 * @param runningSeconds one per pair of consecutive stops; empty when they are to be derived
 * @param carTimeFactor multiplies driving times when running times are derived
 * @param departureSeconds explicit departures from the first stop
 * @param headways bands of evenly spaced departures, added to the explicit ones
 */
public record AddRoute(
    int line,
    String id,
    String shortName,
    int routeType,
    List<StopSpec> stops,
    List<Integer> runningSeconds,
    double carTimeFactor,
    int dwellSeconds,
    List<Integer> departureSeconds,
    List<Headway> headways,
    ServiceDays days)
    implements TransitModification {

  /** Departures {@code from, from + headway, ...} while before {@code to}. */
  public record Headway(int fromSeconds, int toSeconds, int headwaySeconds) {}

  public String routeId() {
    return "scenario:" + id;
  }

  @Override
  public void resolve(TransitNetwork network, List<String> errors) {
    if (NetworkIds.routes(network).contains(routeId())) {
      errors.add("line " + line + ": route " + routeId() + " is already in the network");
    }
    stops.forEach(stop -> stop.resolve(network, errors));
    days.resolve(network.firstServiceDate(), network.lastServiceDate(), errors);
    if (runningSeconds.isEmpty()) {
      errors.add(
          "line "
              + line
              + ": no runningMinutes, and no street network to derive them from car times"
              + " (give runningMinutes, or run the scenario with rae compare)");
    }
    for (int i = 0; i < runningSeconds.size(); i++) {
      if (runningSeconds.get(i) < 0) {
        errors.add(
            "line "
                + line
                + ": no car route between stops "
                + (i + 1)
                + " and "
                + (i + 2)
                + " to derive the running time from; give runningMinutes");
      }
    }
  }

  /**
   * This route with running times derived from driving times between its stops (a negative value
   * marks a pair without a car route, reported by {@link #resolve}); unchanged when running times
   * are given or a stop is unknown (also reported by resolve).
   */
  AddRoute withDerivedRunningTimes(TransitNetwork network, CarTimes carTimes) {
    if (!runningSeconds.isEmpty()) {
      return this;
    }
    List<Integer> derived = new ArrayList<>();
    for (int i = 0; i + 1 < stops.size(); i++) {
      double[] from = stops.get(i).position(network);
      double[] to = stops.get(i + 1).position(network);
      if (from == null || to == null) {
        return this;
      }
      var seconds = carTimes.seconds(from[0], from[1], to[0], to[1]);
      derived.add(seconds.isPresent() ? (int) Math.round(seconds.getAsInt() * carTimeFactor) : -1);
    }
    return new AddRoute(
        line,
        id,
        shortName,
        routeType,
        stops,
        List.copyOf(derived),
        carTimeFactor,
        dwellSeconds,
        departureSeconds,
        headways,
        days);
  }

  /** Every departure from the first stop, sorted, without repeats. */
  List<Integer> allDepartures() {
    TreeSet<Integer> all = new TreeSet<>(departureSeconds);
    for (Headway band : headways) {
      for (int t = band.fromSeconds(); t < band.toSeconds(); t += band.headwaySeconds()) {
        all.add(t);
      }
    }
    return new ArrayList<>(all);
  }

  @Override
  public void apply(TransitEditor editor) {
    editor.addRoute(routeId(), shortName, routeType, "scenario");
    editor.addService(
        routeId(), days.epochDays(editor.firstServiceDate(), editor.lastServiceDate()));
    stops.forEach(stop -> stop.addTo(editor));
    List<String> stopIds = stops.stream().map(stop -> stop.networkId(editor)).toList();
    int[] running = runningSeconds.stream().mapToInt(Integer::intValue).toArray();
    int[] dwell = new int[stops.size()];
    for (int i = 1; i < dwell.length - 1; i++) {
      dwell[i] = dwellSeconds;
    }
    List<Byte> flags = Collections.nCopies(stops.size(), (byte) 0);
    for (int departure : allDepartures()) {
      editor.addTrip(
          new ScheduledTrip(
              routeId() + "#" + ClockTime.format(departure),
              routeId(),
              routeId(),
              null,
              stopIds,
              flags,
              Timings.arrivals(departure, running, dwell),
              Timings.departures(departure, running, dwell)));
    }
  }
}
