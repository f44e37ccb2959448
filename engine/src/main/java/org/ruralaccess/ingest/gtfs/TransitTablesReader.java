package org.ruralaccess.ingest.gtfs;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.onebusaway.gtfs.model.Agency;
import org.onebusaway.gtfs.model.Route;
import org.onebusaway.gtfs.model.Stop;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.model.transit.TimedTrip;
import org.ruralaccess.model.transit.TransitTables;

/**
 * The timetable rows of one or more feeds, ready to be laid out as the network's column stores.
 * Only stops used by a kept trip become network stops (unused ones are counted in one {@code
 * UNUSED_STOPS} info issue per feed), sorted by namespaced id; routes likewise. The time zone is
 * the agency_timezone of the first feed's first agency (by agency_id); any other zone gives a
 * {@code TIME_ZONE_MISMATCH} warning, because a network has one service-day clock.
 */
public final class TransitTablesReader {

  private TransitTablesReader() {}

  public static TransitTables read(List<GtfsFeed> feeds, ImportIssues issues) {
    Set<String> feedIds = new HashSet<>();
    for (GtfsFeed feed : feeds) {
      if (!feedIds.add(feed.feedId())) {
        throw new BadInputException("feed id '" + feed.feedId() + "' is used by two feeds");
      }
    }
    ZoneId timeZone = timeZone(feeds, issues);
    SortedMap<String, int[]> serviceDays = new TreeMap<>();
    feeds.forEach(feed -> serviceDays.putAll(ServiceCalendars.activeDays(feed)));
    List<TimedTrip> trips = new ArrayList<>();
    for (GtfsFeed feed : feeds) {
      trips.addAll(FeedTripCollector.collect(feed, serviceDays.keySet(), issues));
    }
    TreeSet<String> usedStops = new TreeSet<>();
    TreeSet<String> usedRoutes = new TreeSet<>();
    for (TimedTrip trip : trips) {
      usedStops.addAll(List.of(trip.stopIds()));
      usedRoutes.add(trip.routeId());
    }
    reportUnusedStops(feeds, usedStops, issues);
    return new TransitTables(
        timeZone,
        stopRows(feeds, usedStops),
        routeRows(feeds, usedRoutes),
        serviceDays,
        TransferRules.collect(feeds, usedStops, issues),
        trips);
  }

  private static ZoneId timeZone(List<GtfsFeed> feeds, ImportIssues issues) {
    ZoneId zone = null;
    for (GtfsFeed feed : feeds) {
      List<Agency> agencies = new ArrayList<>(feed.dao().getAllAgencies());
      agencies.sort(
          Comparator.comparing(Agency::getId, Comparator.nullsFirst(Comparator.naturalOrder())));
      for (Agency agency : agencies) {
        ZoneId agencyZone;
        try {
          agencyZone = ZoneId.of(agency.getTimezone().trim());
        } catch (DateTimeException | NullPointerException e) {
          throw BadInputException.at(
              feed.fileLabel("agency.txt"),
              0,
              "agency_timezone",
              "'"
                  + agency.getTimezone()
                  + "' of agency "
                  + agency.getId()
                  + " is not a time zone; expected a tz database name such as Europe/London");
        }
        if (zone == null) {
          zone = agencyZone;
        } else if (!zone.equals(agencyZone)) {
          issues.add(
              ImportIssue.of(
                  Severity.WARNING,
                  "TIME_ZONE_MISMATCH",
                  feed.fileLabel("agency.txt"),
                  0,
                  agency.getId(),
                  "agency_timezone "
                      + agencyZone
                      + " differs from the network's "
                      + zone
                      + "; times are read as "
                      + zone));
        }
      }
    }
    if (zone == null) {
      throw new BadInputException(
          "no agency in any GTFS feed; agency.txt must name agency_timezone");
    }
    return zone;
  }

  /**
   * One info issue per feed counting the stops no kept trip uses, by location_type: Newport lists
   * 3,601 stops of which 1,570 are used; the other 2,031 are stations (1) and entrances (2).
   */
  private static void reportUnusedStops(
      List<GtfsFeed> feeds, Set<String> usedStops, ImportIssues issues) {
    for (GtfsFeed feed : feeds) {
      Map<Integer, Integer> unusedByType = new TreeMap<>();
      for (Stop stop : feed.dao().getAllStops()) {
        if (!usedStops.contains(feed.namespaced(stop.getId()))) {
          unusedByType.merge(Math.max(0, stop.getLocationType()), 1, Integer::sum);
        }
      }
      int unused = unusedByType.values().stream().mapToInt(Integer::intValue).sum();
      if (unused > 0) {
        issues.add(
            ImportIssue.of(
                Severity.INFO,
                "UNUSED_STOPS",
                feed.fileLabel("stops.txt"),
                0,
                null,
                unused
                    + " stop(s) are used by no trip and are left out of the network"
                    + " (count by location_type: "
                    + unusedByType
                    + ")"));
      }
    }
  }

  private static List<TransitTables.StopRow> stopRows(
      List<GtfsFeed> feeds, TreeSet<String> usedStops) {
    Map<String, Stop> byId = new HashMap<>();
    for (GtfsFeed feed : feeds) {
      feed.dao().getAllStops().forEach(stop -> byId.put(feed.namespaced(stop.getId()), stop));
    }
    List<TransitTables.StopRow> rows = new ArrayList<>(usedStops.size());
    for (String id : usedStops) {
      Stop stop = byId.get(id);
      rows.add(new TransitTables.StopRow(id, stop.getName(), stop.getLat(), stop.getLon()));
    }
    return rows;
  }

  private static List<TransitTables.RouteRow> routeRows(
      List<GtfsFeed> feeds, TreeSet<String> usedRoutes) {
    Map<String, Route> byId = new HashMap<>();
    for (GtfsFeed feed : feeds) {
      feed.dao().getAllRoutes().forEach(route -> byId.put(feed.namespaced(route.getId()), route));
    }
    List<TransitTables.RouteRow> rows = new ArrayList<>(usedRoutes.size());
    for (String id : usedRoutes) {
      Route route = byId.get(id);
      rows.add(
          new TransitTables.RouteRow(
              id,
              route.getShortName(),
              route.getType(),
              route.getAgency() == null ? null : route.getAgency().getName()));
    }
    return rows;
  }
}
