package org.ruralaccess.network;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.SchemeKind;
import org.ruralaccess.network.transit.TransitNetwork;

/** The counts a build report and {@code rae info} show for a network. */
public final class NetworkSummary {

  private NetworkSummary() {}

  /**
   * Named counts in a fixed order: stops, patterns, trips, service dates, streets, zones,
   * destinations, community transport schemes (in all, and per kind).
   */
  public static Map<String, Object> counts(Network network) {
    TransitNetwork transit = network.transit();
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("stops", transit.stopCount());
    int used = 0;
    boolean[] isUsed = new boolean[transit.stopCount()];
    for (int pattern = 0; pattern < transit.patternCount(); pattern++) {
      for (int stop : transit.patternStops(pattern)) {
        if (!isUsed[stop]) {
          isUsed[stop] = true;
          used++;
        }
      }
    }
    counts.put("stopsServed", used);
    counts.put("stopsLinked", network.stopLinks().linkedCount());
    counts.put("stopsNotLinked", used - network.stopLinks().linkedCount());
    counts.put("routes", transit.routeCount());
    counts.put("patterns", transit.patternCount());
    counts.put("trips", transit.tripCount());
    counts.put("services", transit.serviceCount());
    counts.put("firstServiceDate", String.valueOf(transit.firstServiceDate()));
    counts.put("lastServiceDate", String.valueOf(transit.lastServiceDate()));
    counts.put("datesWithService", datesWithService(transit));
    counts.put("walkingTransfers", network.transfers().transferCount());
    counts.put("streetNodes", network.streets().nodeCount());
    counts.put("streetEdges", network.streets().edgeCount());
    counts.put("zones", network.zones().size());
    counts.put(
        "zonesInStudyArea", network.zones().zones().stream().filter(z -> z.inStudyArea()).count());
    for (String category : network.destinations().categories()) {
      counts.put(
          "destinations:" + category,
          network.destinations().destinations().stream()
              .filter(d -> d.category().equals(category))
              .count());
    }
    counts.put("schemes", network.communityTransport().schemes().size());
    counts.putAll(schemesByKind(network.communityTransport()));
    return counts;
  }

  /** Community transport schemes per kind ({@code schemes:FLEX_DEVIATED}), kinds present only. */
  private static Map<String, Object> schemesByKind(CommunityTransport communityTransport) {
    Map<String, Object> counts = new LinkedHashMap<>();
    for (SchemeKind kind : SchemeKind.values()) {
      long count = communityTransport.schemes().stream().filter(s -> s.kind() == kind).count();
      if (count > 0) {
        counts.put("schemes:" + kind.name(), count);
      }
    }
    return counts;
  }

  private static int datesWithService(TransitNetwork transit) {
    LocalDate first = transit.firstServiceDate();
    LocalDate last = transit.lastServiceDate();
    if (first == null || last == null) {
      return 0;
    }
    int dates = 0;
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      for (int service = 0; service < transit.serviceCount(); service++) {
        if (transit.isServiceActive(service, date)) {
          dates++;
          break;
        }
      }
    }
    return dates;
  }
}
