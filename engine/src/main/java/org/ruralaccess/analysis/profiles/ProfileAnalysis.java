package org.ruralaccess.analysis.profiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.indicators.IndicatorCategory;
import org.ruralaccess.analysis.matrix.DestinationPlaces;
import org.ruralaccess.analysis.matrix.MinuteMatrix;
import org.ruralaccess.analysis.matrix.MinuteTimes;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.analysis.matrix.ZoneOrigins;
import org.ruralaccess.analysis.returntrips.ReturnTripTimes;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * Transit accessibility for several named periods in one run: per zone, category and period, the
 * travel time to the nearest destination at the percentile over the period's departures. Periods on
 * the same date share the day's preparation (timetable, links, egress walks), and periods whose
 * windows touch or overlap are one range search (AM peak and inter-peak: 07:00-16:00): every
 * departure minute's answer is the same as in a search of its own window, so a profile costs no
 * more than its periods run one by one.
 */
public final class ProfileAnalysis {

  private ProfileAnalysis() {}

  /**
   * @param returnTrips return trips per date (categories by key), or an empty map for none
   */
  public static ProfileResult run(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      List<IndicatorCategory> categories,
      List<ProfilePeriod> periods,
      int percentile,
      RoutingSettings routing,
      CommunityTransportRequest ct,
      Map<LocalDate, ReturnTripTimes> returnTrips,
      ProgressListener progress) {
    DestinationPlaces places = DestinationPlaces.of(destinations);
    int[][] placesOfCategory = placesOfCategories(categories, places);
    // [period][category][zone]: seconds to the nearest destination, UNREACHED when none
    int[][][] minSeconds = new int[periods.size()][categories.size()][zones.size()];
    Map<LocalDate, List<Integer>> byDate = new LinkedHashMap<>();
    for (int p = 0; p < periods.size(); p++) {
      byDate.computeIfAbsent(periods.get(p).date(), d -> new ArrayList<>()).add(p);
    }
    for (Map.Entry<LocalDate, List<Integer>> date : byDate.entrySet()) {
      MinuteMatrix matrix =
          MinuteMatrix.prepare(
              network, ZoneOrigins.of(zones), places.points(), date.getKey(), routing, ct);
      for (List<Integer> run : touchingWindows(periods, date.getValue())) {
        int from = periods.get(run.get(0)).period().fromSeconds();
        int to =
            run.stream().mapToInt(p -> periods.get(p).period().toSeconds()).max().orElseThrow();
        progress.stage(
            "profile "
                + String.join(", ", run.stream().map(p -> periods.get(p).period().label()).toList())
                + " ("
                + date.getKey()
                + "): "
                + zones.size()
                + " zones, every minute",
            zones.size());
        matrix.run(
            from,
            to,
            null,
            (zone, times) -> reduce(times, run, periods, placesOfCategory, percentile),
            (zone, byPeriod) -> {
              for (int i = 0; i < run.size(); i++) {
                for (int k = 0; k < categories.size(); k++) {
                  minSeconds[run.get(i)][k][zone] = byPeriod[i][k];
                }
              }
            },
            progress::advance);
      }
    }
    return ProfileResult.of(zones, categories, periods, minSeconds, returnTrips);
  }

  /** Per period of the run and category: the nearest destination's time at the percentile. */
  private static int[][] reduce(
      MinuteTimes times,
      List<Integer> run,
      List<ProfilePeriod> periods,
      int[][] placesOfCategory,
      int percentile) {
    int[][] result = new int[run.size()][placesOfCategory.length];
    int placeCount = times.departureCount() == 0 ? 0 : times.secondsByDeparture()[0].length;
    int[] out = new int[1];
    for (int i = 0; i < run.size(); i++) {
      Period period = periods.get(run.get(i)).period();
      int first = times.indexAtOrAfter(period.fromSeconds());
      int end = times.indexAtOrAfter(period.toSeconds());
      int[] column = new int[end - first];
      int[] byPlace = new int[placeCount];
      for (int place = 0; place < placeCount; place++) {
        for (int m = first; m < end; m++) {
          column[m - first] = times.seconds(m, place);
        }
        Percentiles.compute(column, new int[] {percentile}, out);
        byPlace[place] = out[0];
      }
      for (int k = 0; k < placesOfCategory.length; k++) {
        int min = Percentiles.UNREACHED;
        for (int place : placesOfCategory[k]) {
          min = Math.min(min, byPlace[place]);
        }
        result[i][k] = min;
      }
    }
    return result;
  }

  /** The periods of one date grouped into runs whose windows touch or overlap, by start time. */
  static List<List<Integer>> touchingWindows(List<ProfilePeriod> periods, List<Integer> onDate) {
    List<Integer> sorted = new ArrayList<>(onDate);
    sorted.sort(
        (a, b) ->
            Integer.compare(
                periods.get(a).period().fromSeconds(), periods.get(b).period().fromSeconds()));
    List<List<Integer>> runs = new ArrayList<>();
    int runEnd = -1;
    for (int p : sorted) {
      Period period = periods.get(p).period();
      if (runs.isEmpty() || period.fromSeconds() > runEnd) {
        runs.add(new ArrayList<>());
        runEnd = period.toSeconds();
      }
      runs.get(runs.size() - 1).add(p);
      runEnd = Math.max(runEnd, period.toSeconds());
    }
    return runs;
  }

  private static int[][] placesOfCategories(
      List<IndicatorCategory> categories, DestinationPlaces places) {
    int[][] result = new int[categories.size()][];
    for (int k = 0; k < categories.size(); k++) {
      result[k] =
          Arrays.stream(categories.get(k).destinationIndices())
              .map(places::placeOf)
              .distinct()
              .sorted()
              .toArray();
    }
    return result;
  }
}
