package org.ruralaccess.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ruralaccess.analysis.isochrone.IsochroneAnalysis.Place;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.network.Network;

/** The places of an {@link IsochroneJob} found in the network, or one line naming the flag. */
final class IsochronePlaces {

  private IsochronePlaces() {}

  static List<Place> resolve(Network network, IsochroneJob.Places places) {
    return switch (places) {
      case IsochroneJob.FromPoint p -> List.of(point("--lat/--lon", p.lat(), p.lon()));
      case IsochroneJob.ToPoint p -> List.of(point("--to-lat/--to-lon", p.lat(), p.lon()));
      case IsochroneJob.FromZone z -> {
        Zone zone =
            network
                .zones()
                .findZone(z.code().trim())
                .orElseThrow(
                    () ->
                        new BadInputException(
                            "--zone: "
                                + z.code()
                                + " is not a zone of this network ("
                                + zonesSummary(network)
                                + ")"));
        yield List.of(zonePlace(zone));
      }
      case IsochroneJob.FromAllZones all -> {
        if (network.zones().size() == 0) {
          throw new BadInputException(
              "--all-zones: this network has no zones (region.yaml has no 'zones:')");
        }
        List<Place> list = new ArrayList<>();
        for (Zone zone : network.zones().zones()) {
          list.add(zonePlace(zone));
        }
        yield list;
      }
      case IsochroneJob.ToDestination d -> {
        for (Destination destination : network.destinations().destinations()) {
          if (destination.id().equals(d.id().trim())) {
            yield List.of(destinationPlace(destination));
          }
        }
        throw new BadInputException(
            "--to-destination: "
                + d.id()
                + " is not a destination of this network ("
                + network.destinations().size()
                + " destinations in "
                + network.destinations().categories()
                + ")");
      }
      case IsochroneJob.ToCategory c -> {
        List<Place> list = new ArrayList<>();
        for (Destination destination : network.destinations().destinations()) {
          if (destination.category().equalsIgnoreCase(c.category().trim())) {
            list.add(destinationPlace(destination));
          }
        }
        if (list.isEmpty()) {
          throw new BadInputException(
              "--all-destinations: no destination of category '"
                  + c.category()
                  + "' in this network; its categories are "
                  + network.destinations().categories());
        }
        yield list;
      }
    };
  }

  /** The flag that named the places, for messages. */
  static String flag(IsochroneJob.Places places) {
    return switch (places) {
      case IsochroneJob.FromPoint p -> "--lat/--lon";
      case IsochroneJob.ToPoint p -> "--to-lat/--to-lon";
      case IsochroneJob.FromZone z -> "--zone";
      case IsochroneJob.FromAllZones all -> "--all-zones";
      case IsochroneJob.ToDestination d -> "--to-destination";
      case IsochroneJob.ToCategory c -> "--all-destinations";
    };
  }

  /** For the run record: {@code zone E01020458}, {@code all zones}, {@code destinations gp}. */
  static String describe(IsochroneJob.Places places) {
    return switch (places) {
      case IsochroneJob.FromPoint p -> "point " + pointId(p.lat(), p.lon());
      case IsochroneJob.ToPoint p -> "to point " + pointId(p.lat(), p.lon());
      case IsochroneJob.FromZone z -> "zone " + z.code().trim();
      case IsochroneJob.FromAllZones all -> "all zones";
      case IsochroneJob.ToDestination d -> "to destination " + d.id().trim();
      case IsochroneJob.ToCategory c -> "to all destinations of " + c.category().trim();
    };
  }

  private static Place point(String flag, double lat, double lon) {
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new BadInputException(
          flag + ": " + lat + "," + lon + " is not a WGS84 latitude,longitude");
    }
    return new Place(pointId(lat, lon), "", lat, lon);
  }

  private static String pointId(double lat, double lon) {
    return String.format(Locale.ROOT, "%.6f,%.6f", lat, lon);
  }

  private static Place zonePlace(Zone zone) {
    return new Place(zone.code(), zone.name(), zone.originLat(), zone.originLon());
  }

  private static Place destinationPlace(Destination destination) {
    return new Place(destination.id(), destination.name(), destination.lat(), destination.lon());
  }

  private static String zonesSummary(Network network) {
    if (network.zones().size() == 0) {
      return "it has no zones";
    }
    return network.zones().size() + " zones, e.g. " + network.zones().zone(0).code();
  }
}
