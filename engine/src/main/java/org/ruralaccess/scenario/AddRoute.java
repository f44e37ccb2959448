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
 * between consecutive stops are given; every intermediate stop adds {@code dwellSeconds}.
 *
 * @param runningSeconds one per pair of consecutive stops
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
    int dwellSeconds,
    List<Integer> departureSeconds,
    List<Headway> headways,
    ServiceDays days)
    implements Modification {

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
