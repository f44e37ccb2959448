package org.ruralaccess.analysis.returntrips;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ruralaccess.analysis.indicators.IndicatorCategory;
import org.ruralaccess.analysis.matrix.DestinationPlaces;
import org.ruralaccess.analysis.matrix.MinuteMatrix;
import org.ruralaccess.analysis.matrix.ZoneOrigins;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * Return trips for one rider's community transport on one date, in three passes over per-minute
 * transit times (the same schemes, so the same booking, for both legs):
 *
 * <ol>
 *   <li>{@link ReturnLegs}: from every destination place home to every zone over the return window;
 *       the latest departure home in time, per category, place and zone;
 *   <li>{@link OutboundLegs}: from every zone to every place over the outward window; which places
 *       a day out works for, and the one reached earliest;
 *   <li>{@link ItineraryFinder}: from the chosen places only, home again, minute by minute, to
 *       write the day out with the least time away.
 * </ol>
 *
 * Exact on the one-minute grid: no percentile or median enters; a journey is any the router finds
 * within the maximum trip duration, per leg.
 */
public final class ReturnTripSearch {

  private ReturnTripSearch() {}

  public static ReturnTripTimes run(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      List<IndicatorCategory> categories,
      List<ReturnTripRule> rules,
      LocalDate date,
      RoutingSettings routing,
      CommunityTransportRequest ct,
      String label,
      ProgressListener progress) {
    DestinationPlaces places = DestinationPlaces.of(destinations);
    List<CategoryPlaces> byCategory = new ArrayList<>();
    for (int k = 0; k < categories.size(); k++) {
      byCategory.add(CategoryPlaces.of(categories.get(k), rules.get(k), places));
    }
    int[] placesUsed =
        byCategory.stream()
            .flatMapToInt(c -> java.util.Arrays.stream(c.places()))
            .distinct()
            .sorted()
            .toArray();
    PointSet origins = ZoneOrigins.of(zones);
    MinuteMatrix home = MinuteMatrix.prepare(network, places.points(), origins, date, routing, ct);
    progress.stage(
        label + ": journeys home from " + placesUsed.length + " destination places, every minute",
        placesUsed.length);
    int[][][] latest = ReturnLegs.latestDepartures(home, byCategory, placesUsed, progress::advance);
    MinuteMatrix out = MinuteMatrix.prepare(network, origins, places.points(), date, routing, ct);
    progress.stage(label + ": outward journeys from " + zones.size() + " zones", zones.size());
    OutboundLegs.ZoneResult[] outward =
        OutboundLegs.run(out, byCategory, latest, progress::advance);
    return itineraries(home, byCategory, outward, zones.size(), label, progress);
  }

  private static ReturnTripTimes itineraries(
      MinuteMatrix home,
      List<CategoryPlaces> categories,
      OutboundLegs.ZoneResult[] outward,
      int zoneCount,
      String label,
      ProgressListener progress) {
    // chosen place -> the (zone, category) pairs that chose it, in zone then category order
    Map<Integer, List<int[]>> byPlace = new TreeMap<>();
    int[][] feasible = new int[categories.size()][zoneCount];
    for (int z = 0; z < zoneCount; z++) {
      for (int k = 0; k < categories.size(); k++) {
        feasible[k][z] = outward[z].feasibleDestinations()[k];
        OutboundOptions chosen = outward[z].chosen()[k];
        if (chosen != null) {
          int place = categories.get(k).places()[chosen.localPlace()];
          byPlace.computeIfAbsent(place, p -> new ArrayList<>()).add(new int[] {z, k});
        }
      }
    }
    Itinerary[][] days = new Itinerary[categories.size()][zoneCount];
    int[] chosenPlaces = byPlace.keySet().stream().mapToInt(Integer::intValue).toArray();
    progress.stage(
        label + ": the day out to " + chosenPlaces.length + " chosen places", chosenPlaces.length);
    int[] window = ReturnLegs.window(categories);
    home.run(
        window[0],
        window[1],
        chosenPlaces,
        (place, back) -> {
          List<Itinerary> found = new ArrayList<>();
          for (int[] pair : byPlace.get(place)) {
            CategoryPlaces c = categories.get(pair[1]);
            OutboundOptions chosen = outward[pair[0]].chosen()[pair[1]];
            found.add(
                ItineraryFinder.best(
                    chosen, back, pair[0], c.rule(), c.firstDestinations()[chosen.localPlace()]));
          }
          return found;
        },
        (place, found) -> {
          List<int[]> pairs = byPlace.get(place);
          for (int i = 0; i < pairs.size(); i++) {
            if (found.get(i) == null) {
              throw new IllegalStateException(
                  "zone " + pairs.get(i)[0] + ": a return trip the first passes found is missing");
            }
            days[pairs.get(i)[1]][pairs.get(i)[0]] = found.get(i);
          }
        },
        progress::advance);
    List<String> keys = categories.stream().map(c -> c.category().key()).toList();
    return new ReturnTripTimes(keys, feasible, days);
  }
}
