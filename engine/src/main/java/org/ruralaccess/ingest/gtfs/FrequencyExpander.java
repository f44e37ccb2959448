package org.ruralaccess.ingest.gtfs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onebusaway.gtfs.model.Frequency;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.model.transit.TimedTrip;

/**
 * Expands frequencies.txt rows into timed trips: one trip departing the first stop at start_time,
 * start_time + headway_secs, ... while before end_time, each a copy of the template trip shifted in
 * time, with id {@code tripId#HH:MM:SS} of its start. Both exact_times values are expanded the same
 * way. R5 instead keeps exact_times=0 services as frequencies and draws random schedules within the
 * headway (Monte Carlo); expanding them here gives one plausible timetable that every router and
 * test can read, at the cost of the spread of outcomes that the random offsets would show.
 */
final class FrequencyExpander {

  private FrequencyExpander() {}

  static List<TimedTrip> expand(
      TimedTrip template, List<Frequency> frequencies, GtfsFeed feed, ImportIssues issues) {
    List<Frequency> sorted = new ArrayList<>(frequencies);
    sorted.sort(Comparator.comparingInt(Frequency::getStartTime));
    String rawTripId = template.tripId().substring(feed.feedId().length() + 1);
    List<TimedTrip> trips = new ArrayList<>();
    int templateStart = template.departureSeconds()[0];
    for (Frequency frequency : sorted) {
      if (frequency.getHeadwaySecs() <= 0) {
        issues.add(
            ImportIssue.of(
                Severity.WARNING,
                "INVALID_HEADWAY",
                feed.fileLabel("frequencies.txt"),
                0,
                rawTripId,
                "headway_secs "
                    + frequency.getHeadwaySecs()
                    + " is not positive; frequency row skipped"));
        continue;
      }
      for (int start = frequency.getStartTime();
          start < frequency.getEndTime();
          start += frequency.getHeadwaySecs()) {
        trips.add(
            template.shifted(
                template.tripId() + "#" + ClockTime.format(start), start - templateStart));
      }
    }
    return trips;
  }
}
