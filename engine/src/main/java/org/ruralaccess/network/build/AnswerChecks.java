package org.ruralaccess.network.build;

import java.util.Locale;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.network.link.StopLinks;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * A build that could not answer any question is an error that says why, instead of a network on
 * which every journey is "no access": no trip survived the feeds' checks ({@code NO_USABLE_TRIP}),
 * or not one stop a trip serves lies near a street of the OSM extract ({@code NO_STOP_LINKED}),
 * which is almost always an extract of another area or a feed with latitude and longitude swapped.
 */
final class AnswerChecks {

  private AnswerChecks() {}

  /** Fixed trips or community transport schemes: without either, transit answers nothing. */
  static void checkTrips(TransitNetwork transit, CommunityTransport schemes, ImportIssues issues) {
    if (transit.tripCount() > 0 || !schemes.isEmpty()) {
      return;
    }
    issues.add(
        ImportIssue.of(
            Severity.ERROR,
            "NO_USABLE_TRIP",
            "stop_times.txt",
            0,
            null,
            "no trip of the feeds can be used (an empty stop_times.txt, or every trip skipped for"
                + " the reasons above: unknown routes or services, fewer than two stop times,"
                + " missing times); the network would answer nothing"));
  }

  /** At least one served stop must be linked to the streets; says where each side lies if not. */
  static void checkLinks(
      TransitNetwork transit, StreetNetwork streets, StopLinks links, ImportIssues issues) {
    Box stops = new Box();
    Box swapped = new Box();
    boolean[] seen = new boolean[transit.stopCount()];
    for (int pattern = 0; pattern < transit.patternCount(); pattern++) {
      for (int stop : transit.patternStops(pattern)) {
        if (links.isLinked(stop)) {
          return;
        }
        if (seen[stop]) {
          continue;
        }
        seen[stop] = true;
        stops.add(transit.stopLat(stop), transit.stopLon(stop));
        swapped.add(transit.stopLon(stop), transit.stopLat(stop));
      }
    }
    if (stops.count == 0) {
      return; // no served stop: NO_USABLE_TRIP says so
    }
    Box street = new Box();
    for (int node = 0; node < streets.nodeCount(); node++) {
      street.add(streets.nodeLat(node), streets.nodeLon(node));
    }
    String hint =
        street.count > 0 && street.overlaps(swapped) && !street.overlaps(stops)
            ? "stop_lat and stop_lon look swapped: swapped, the stops would lie on the extract"
            : "is it the same area? are stop_lat and stop_lon swapped?";
    issues.add(
        ImportIssue.of(
            Severity.ERROR,
            "NO_STOP_LINKED",
            "stops.txt",
            0,
            null,
            "none of the "
                + stops.count
                + " stops served by a trip lies on the OSM extract (stops: "
                + stops
                + "; streets: "
                + (street.count == 0 ? "none" : street.toString())
                + "): "
                + hint));
  }

  /** Latitude and longitude bounds of some points, with their count. */
  private static final class Box {
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double minLon = Double.POSITIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    int count;

    void add(double lat, double lon) {
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      count++;
    }

    boolean overlaps(Box other) {
      return other.count > 0
          && minLat <= other.maxLat
          && other.minLat <= maxLat
          && minLon <= other.maxLon
          && other.minLon <= maxLon;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "lat %.3f to %.3f, lon %.3f to %.3f", minLat, maxLat, minLon, maxLon);
    }
  }
}
