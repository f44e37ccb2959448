package org.ruralaccess.network.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.community.FixedStop;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Gives the stops of a scheme file that name a GTFS stop ({@code stop_id}, NaN coordinates) the
 * place of that stop in the network's timetables. The id may be namespaced ({@code
 * <feedId>:<stop_id>}, as in every network output) or a bare {@code stop_id} when only one feed has
 * it; the resolved stop keeps the namespaced id. Every unknown or ambiguous id of the file is
 * reported in one {@link BadInputException} naming the file, the scheme and the stop id.
 */
final class SchemeStopResolver {

  private final TransitNetwork transit;
  private final Map<String, List<Integer>> stopsByBareId = new HashMap<>();

  SchemeStopResolver(TransitNetwork transit) {
    this.transit = transit;
    for (int stop = 0; stop < transit.stopCount(); stop++) {
      String id = transit.stopId(stop);
      // feed ids cannot contain ':' (region.yaml checks), so the first one ends the namespace
      String bare = id.substring(id.indexOf(':') + 1);
      stopsByBareId.computeIfAbsent(bare, k -> new ArrayList<>(1)).add(stop);
    }
  }

  /** The schemes of {@code file} with every stop given by id placed; the others unchanged. */
  List<Scheme> resolve(List<Scheme> schemes, Path file) {
    List<String> errors = new ArrayList<>();
    List<Scheme> resolved = new ArrayList<>(schemes.size());
    for (Scheme scheme : schemes) {
      List<FixedStop> stops = new ArrayList<>(scheme.stops().size());
      for (FixedStop stop : scheme.stops()) {
        stops.add(stop.hasCoordinates() ? stop : place(scheme, stop, errors));
      }
      resolved.add(withStops(scheme, stops));
    }
    if (!errors.isEmpty()) {
      throw new BadInputException(
          file
              + ": "
              + (errors.size() == 1 ? "" : errors.size() + " scheme stops cannot be placed\n  ")
              + String.join("\n  ", errors));
    }
    return resolved;
  }

  private FixedStop place(Scheme scheme, FixedStop stop, List<String> errors) {
    String id = stop.stopId();
    OptionalInt exact = transit.findStop(id);
    List<Integer> candidates =
        exact.isPresent() ? List.of(exact.getAsInt()) : stopsByBareId.getOrDefault(id, List.of());
    if (candidates.size() != 1) {
      String where = "scheme '" + scheme.id() + "', stop_id '" + id + "': ";
      errors.add(
          where
              + (candidates.isEmpty()
                  ? "not a stop of any GTFS feed of the region; expected a stop_id of stops.txt,"
                      + " or <feedId>:<stop_id>"
                  : "ambiguous, it is a stop of several feeds ("
                      + String.join(", ", candidates.stream().map(transit::stopId).toList())
                      + "); write one of these namespaced ids"));
      return stop;
    }
    int index = candidates.get(0);
    // the scheme reader names an unnamed stop after its id; the timetable's name is better
    String name =
        stop.name() == null || stop.name().equals(id) ? transit.stopName(index) : stop.name();
    return new FixedStop(
        transit.stopId(index),
        name,
        transit.stopLat(index),
        transit.stopLon(index),
        stop.arrivalSeconds(),
        stop.departureSeconds());
  }

  private static Scheme withStops(Scheme scheme, List<FixedStop> stops) {
    return scheme.withStops(stops);
  }
}
