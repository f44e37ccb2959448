package org.ruralaccess.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.FixedStop;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * New community transport schemes: one written inline (id {@code scenario:<id>}) or every scheme of
 * a scheme file ({@code <file id>:<id>}). A fixed-route stop given by {@code stop_id} names a stop
 * of the baseline timetable (namespaced, or without the feed prefix when only one feed has it); it
 * takes that stop's namespaced id and coordinates.
 */
public record AddScheme(int line, List<Scheme> schemes) implements SchemeModification {

  public AddScheme {
    schemes = List.copyOf(schemes);
  }

  @Override
  public void resolve(TransitNetwork transit, CommunityTransport baseline, List<String> errors) {
    for (Scheme scheme : schemes) {
      if (baseline.scheme(scheme.id()) != null) {
        errors.add("line " + line + ": scheme " + scheme.id() + " is already in the network");
      }
      for (FixedStop stop : scheme.stops()) {
        if (!stop.hasCoordinates() && stop.stopId() != null) {
          new Reference(stop.stopId(), line).resolve(NetworkIds.stops(transit), "stop", errors);
        }
      }
    }
  }

  @Override
  public CommunityTransport apply(CommunityTransport current, TransitNetwork transit) {
    List<Scheme> all = new ArrayList<>(current.schemes());
    schemes.forEach(scheme -> all.add(withNetworkStops(scheme, transit)));
    return new CommunityTransport(all);
  }

  private static Scheme withNetworkStops(Scheme scheme, TransitNetwork transit) {
    List<FixedStop> stops = new ArrayList<>();
    for (FixedStop stop : scheme.stops()) {
      Optional<String> id =
          stop.hasCoordinates() || stop.stopId() == null
              ? Optional.empty()
              : new Reference(stop.stopId(), 0).match(NetworkIds.stops(transit));
      if (id.isEmpty()) {
        stops.add(stop);
        continue;
      }
      int index = transit.findStop(id.get()).orElseThrow();
      stops.add(
          new FixedStop(
              id.get(),
              stop.name(),
              transit.stopLat(index),
              transit.stopLon(index),
              stop.arrivalSeconds(),
              stop.departureSeconds()));
    }
    return scheme.withStops(stops);
  }
}
