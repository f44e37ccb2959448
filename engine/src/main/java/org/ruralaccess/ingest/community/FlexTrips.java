package org.ruralaccess.ingest.community;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.onebusaway.gtfs.impl.GtfsRelationalDaoImpl;
import org.onebusaway.gtfs.model.Location;
import org.onebusaway.gtfs.model.LocationGroup;
import org.onebusaway.gtfs.model.Route;
import org.onebusaway.gtfs.model.ServiceCalendar;
import org.onebusaway.gtfs.model.ServiceCalendarDate;
import org.onebusaway.gtfs.model.Stop;
import org.onebusaway.gtfs.model.StopLocation;
import org.onebusaway.gtfs.model.StopTime;
import org.onebusaway.gtfs.model.Trip;
import org.onebusaway.gtfs.model.calendar.ServiceDate;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.community.BookingRule;
import org.ruralaccess.model.community.Eligibility;
import org.ruralaccess.model.community.FixedStop;
import org.ruralaccess.model.community.OperatingDays;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.community.SchemeKind;
import org.ruralaccess.model.community.ServiceArea;
import org.ruralaccess.model.community.TimeWindow;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;

/**
 * Turns the flex trips of a loaded feed into schemes. A trip is flex when one of its stop_times
 * names a location or location group (directly or, in the older form, through stop_id). Trips that
 * OTP and R5 cannot route are skipped with an issue, not guessed at: a flex stop_time without a
 * window, or a trip of zones only with more than two stop_times.
 */
final class FlexTrips {

  private static final int MISSING = StopTime.MISSING_VALUE;

  private final GtfsRelationalDaoImpl dao;
  private final Map<String, Geometry> zones;
  private final StopTimeLines lines;
  private final String feedId;
  private final String file;
  private final ImportIssues issues;

  FlexTrips(
      GtfsRelationalDaoImpl dao,
      Map<String, Geometry> zones,
      StopTimeLines lines,
      String feedId,
      String file,
      ImportIssues issues) {
    this.dao = dao;
    this.zones = zones;
    this.lines = lines;
    this.feedId = feedId;
    this.file = file;
    this.issues = issues;
  }

  List<Scheme> schemes() {
    List<Scheme> schemes = new ArrayList<>();
    List<Trip> trips = new ArrayList<>(dao.getAllTrips());
    trips.sort(Comparator.comparing(t -> t.getId().getId()));
    for (Trip trip : trips) {
      List<StopTime> stopTimes = new ArrayList<>(dao.getStopTimesForTrip(trip));
      stopTimes.sort(Comparator.comparingInt(StopTime::getStopSequence));
      if (stopTimes.stream().anyMatch(FlexTrips::isFlex)) {
        Scheme scheme = scheme(trip, stopTimes);
        if (scheme != null) {
          schemes.add(scheme);
        }
      }
    }
    return schemes;
  }

  private static StopLocation place(StopTime stopTime) {
    if (stopTime.getLocation() != null) {
      return stopTime.getLocation();
    }
    if (stopTime.getLocationGroup() != null) {
      return stopTime.getLocationGroup();
    }
    return stopTime.getStop();
  }

  private static boolean isFlex(StopTime stopTime) {
    StopLocation place = place(stopTime);
    return place instanceof Location || place instanceof LocationGroup;
  }

  private Scheme scheme(Trip trip, List<StopTime> stopTimes) {
    String tripId = trip.getId().getId();
    List<StopTime> flex = stopTimes.stream().filter(FlexTrips::isFlex).toList();
    for (StopTime stopTime : flex) {
      if (stopTime.getStartPickupDropOffWindow() == MISSING
          || stopTime.getEndPickupDropOffWindow() == MISSING) {
        skip(
            tripId,
            line(tripId, stopTime, 0),
            "FLEX_NO_WINDOW",
            "flex stop_time "
                + stopTime.getStopSequence()
                + " at '"
                + place(stopTime).getId().getId()
                + "' has no start/end_pickup_drop_off_window; trip skipped");
        return null;
      }
      if (stopTime.getEndPickupDropOffWindow() <= stopTime.getStartPickupDropOffWindow()) {
        skip(
            tripId,
            line(tripId, stopTime, 0),
            "FLEX_WINDOW_BACKWARDS",
            "flex stop_time "
                + stopTime.getStopSequence()
                + ": end_pickup_drop_off_window "
                + ClockTime.format(stopTime.getEndPickupDropOffWindow())
                + " is not after start_pickup_drop_off_window "
                + ClockTime.format(stopTime.getStartPickupDropOffWindow())
                + "; trip skipped");
        return null;
      }
    }
    for (StopTime stopTime : stopTimes) {
      int places =
          (stopTime.getStop() != null ? 1 : 0)
              + (stopTime.getLocation() != null ? 1 : 0)
              + (stopTime.getLocationGroup() != null ? 1 : 0);
      if (places > 1) {
        // GTFS-Flex forbids it: which of the two places is served would be a guess
        skip(
            tripId,
            line(tripId, stopTime, 0),
            "FLEX_TWO_PLACES",
            "stop_time "
                + stopTime.getStopSequence()
                + " names more than one of stop_id, location_id and location_group_id; trip"
                + " skipped");
        return null;
      }
    }
    for (StopTime stopTime : flex) {
      for (org.onebusaway.gtfs.model.BookingRule rule :
          new org.onebusaway.gtfs.model.BookingRule[] {
            stopTime.getPickupBookingRule(), stopTime.getDropOffBookingRule()
          }) {
        if (rule != null && (rule.getType() < 0 || rule.getType() > 2)) {
          skip(
              tripId,
              line(tripId, stopTime, 0),
              "FLEX_UNKNOWN_BOOKING_TYPE",
              "booking rule '"
                  + rule.getId().getId()
                  + "' has booking_type "
                  + rule.getType()
                  + "; expected 0 (real time), 1 (same day) or 2 (prior days); trip skipped");
          return null;
        }
      }
    }
    boolean deviated = flex.size() < stopTimes.size();
    if (!deviated && flex.size() > 2) {
      // the third zone stop_time is the one OTP and R5 cannot route
      skip(
          tripId,
          line(tripId, flex.get(2), 0),
          "FLEX_TRIP_UNSUPPORTED",
          "on-demand trip has "
              + flex.size()
              + " flex stop_times; only one or two (from zone, to zone) are supported, as in OTP and"
              + " R5; trip skipped");
      return null;
    }
    Map<Integer, Integer> timesSeen = new TreeMap<>();
    for (StopTime stopTime : stopTimes) {
      int occurrence = timesSeen.merge(stopTime.getStopSequence(), 1, Integer::sum) - 1;
      if (occurrence > 0) {
        issues.add(
            ImportIssue.of(
                Severity.INFO,
                "FLEX_DUPLICATE_STOP_SEQUENCE",
                file + "/stop_times.txt",
                line(tripId, stopTime, occurrence),
                tripId,
                "stop_sequence "
                    + stopTime.getStopSequence()
                    + " appears twice; kept as one zone"));
      }
    }
    Map<String, ServiceArea> areas = new LinkedHashMap<>();
    Map<String, FixedStop> stops = new LinkedHashMap<>();
    Set<TimeWindow> windows = new LinkedHashSet<>();
    for (StopTime stopTime : stopTimes) {
      StopLocation place = place(stopTime);
      String placeId = place.getId().getId();
      if (place instanceof Location) {
        Geometry geometry = zones.get(placeId);
        if (geometry == null) {
          throw BadInputException.at(
              file + "/stop_times.txt",
              line(tripId, stopTime, 0),
              null,
              "zone '"
                  + placeId
                  + "' of trip '"
                  + tripId
                  + "' has no feature with that id in locations.geojson");
        }
        areas.putIfAbsent(placeId, new ServiceArea(placeId, geometry));
      } else if (place instanceof LocationGroup group) {
        group.getLocations().stream()
            .filter(Stop.class::isInstance)
            .map(Stop.class::cast)
            .sorted(Comparator.comparing(s -> s.getId().getId()))
            .forEach(
                s ->
                    stops.putIfAbsent(
                        s.getId().getId(), stop(s, FixedStop.NO_TIME, FixedStop.NO_TIME)));
      } else if (place instanceof Stop stop) {
        stops.putIfAbsent(
            placeId + "@" + stopTime.getStopSequence(),
            stop(stop, stopTime.getArrivalTime(), stopTime.getDepartureTime()));
      }
      if (isFlex(stopTime)) {
        windows.add(
            new TimeWindow(
                stopTime.getStartPickupDropOffWindow(), stopTime.getEndPickupDropOffWindow()));
      }
    }
    double[] duration = duration(flex);
    return new Scheme(
        feedId + ":" + tripId,
        name(trip),
        deviated ? SchemeKind.FLEX_DEVIATED : SchemeKind.FLEX_ZONE,
        List.copyOf(areas.values()),
        List.copyOf(stops.values()),
        days(trip),
        List.copyOf(windows),
        booking(flex),
        Eligibility.everyone(),
        duration[0],
        duration[1],
        file);
  }

  private void skip(String tripId, long line, String code, String message) {
    issues.add(
        ImportIssue.of(Severity.WARNING, code, file + "/stop_times.txt", line, tripId, message));
  }

  private long line(String tripId, StopTime stopTime, int occurrence) {
    return lines.line(tripId, stopTime.getStopSequence(), occurrence);
  }

  private static FixedStop stop(Stop stop, int arrival, int departure) {
    return new FixedStop(
        stop.getId().getId(),
        stop.getName(),
        stop.getLat(),
        stop.getLon(),
        arrival == MISSING ? FixedStop.NO_TIME : arrival,
        departure == MISSING ? FixedStop.NO_TIME : departure);
  }

  private static String name(Trip trip) {
    Route route = trip.getRoute();
    List<String> parts = new ArrayList<>();
    for (String part :
        new String[] {
          route.getShortName(), route.getLongName(), trip.getTripShortName(), trip.getTripHeadsign()
        }) {
      if (part != null && !part.isBlank()) {
        parts.add(part.trim());
      }
    }
    return parts.isEmpty() ? trip.getId().getId() : String.join(" - ", parts);
  }

  /** Factor and offset (seconds): safe_duration_* if given, else mean_duration_*, else 1 and 0. */
  private static double[] duration(List<StopTime> flex) {
    for (StopTime st : flex) {
      if (st.getSafeDurationFactor() != MISSING) {
        // GTFS gives the offsets in minutes
        return new double[] {st.getSafeDurationFactor(), offsetSeconds(st.getSafeDurationOffset())};
      }
    }
    for (StopTime st : flex) {
      if (st.getMeanDurationFactor() != MISSING) {
        return new double[] {st.getMeanDurationFactor(), offsetSeconds(st.getMeanDurationOffset())};
      }
    }
    return new double[] {1.0, 0.0};
  }

  private static double offsetSeconds(double minutes) {
    return minutes == MISSING ? 0.0 : minutes * 60.0;
  }

  private static BookingRule booking(List<StopTime> flex) {
    for (StopTime st : flex) {
      org.onebusaway.gtfs.model.BookingRule rule =
          st.getPickupBookingRule() != null
              ? st.getPickupBookingRule()
              : st.getDropOffBookingRule();
      if (rule != null) {
        return switch (rule.getType()) {
          case 1 -> BookingRule.sameDay(Math.max(0, rule.getPriorNoticeDurationMin()));
          case 2 ->
              BookingRule.priorDays(
                  Math.max(0, rule.getPriorNoticeLastDay()),
                  Math.max(0, rule.getPriorNoticeLastTime()));
          default -> BookingRule.none();
        };
      }
    }
    return BookingRule.none();
  }

  private OperatingDays days(Trip trip) {
    ServiceCalendar calendar = dao.getCalendarForServiceId(trip.getServiceId());
    Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    LocalDate start = LocalDate.MIN;
    LocalDate end = LocalDate.MAX;
    if (calendar != null) {
      int[] flags = {
        calendar.getMonday(),
        calendar.getTuesday(),
        calendar.getWednesday(),
        calendar.getThursday(),
        calendar.getFriday(),
        calendar.getSaturday(),
        calendar.getSunday()
      };
      for (int i = 0; i < 7; i++) {
        if (flags[i] == 1) {
          weekdays.add(DayOfWeek.of(i + 1));
        }
      }
      start = date(calendar.getStartDate());
      end = date(calendar.getEndDate());
    }
    TreeMap<LocalDate, Integer> exceptions = new TreeMap<>();
    for (ServiceCalendarDate d : dao.getCalendarDatesForServiceId(trip.getServiceId())) {
      exceptions.put(date(d.getDate()), d.getExceptionType());
    }
    TreeSet<LocalDate> added = new TreeSet<>();
    TreeSet<LocalDate> removed = new TreeSet<>();
    exceptions.forEach((date, type) -> (type == 1 ? added : removed).add(date));
    return new OperatingDays(weekdays, start, end, added, removed);
  }

  private static LocalDate date(ServiceDate date) {
    return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
  }
}
