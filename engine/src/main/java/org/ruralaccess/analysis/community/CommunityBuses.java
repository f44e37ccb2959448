package org.ruralaccess.analysis.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.FixedStop;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.community.SchemeKind;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.transit.ScheduledTrip;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Fixed-route community buses as ordinary timetable routes, so that RAPTOR rides them like any bus
 * in the requests that may use them. Each scheme becomes route {@code ct:<scheme id>} (GTFS
 * route_type 3, bus; agency "community transport") with one trip {@code ct:<scheme id>#HH:MM:SS}
 * (its first departure) on service {@code ct:<scheme id>}, which runs on the request's date only:
 * whether the scheme runs that day, and whether the rider may use it, is decided before, by {@link
 * #activeFixedRoutes}.
 *
 * <p>A scheme stop whose id is a transit stop of the network is that stop; any other stop is added
 * as {@code ct:<scheme id>#<position>} (1-based) at its coordinates and linked to the streets by
 * {@link Network#withTransit}, which keeps the baseline's links and walking transfers, as scenario
 * comparisons do. Stops without a time (a location group's) are left out: a timetable has no place
 * for them. A scheme whose times pass midnight runs only on the day it starts (the trip is not
 * carried into the next day's timetable).
 */
public final class CommunityBuses {

  /** GTFS route_type 3: a community bus boards and alights like any bus. */
  static final int ROUTE_TYPE_BUS = 3;

  private static final String PREFIX = "ct:";

  private CommunityBuses() {}

  /**
   * The fixed-route schemes a request may ride on {@code date}: they run that day, admit the
   * request's rider group and have a booking rule its booking assumption meets. Empty when the
   * request leaves community transport off.
   */
  public static List<Scheme> activeFixedRoutes(
      CommunityTransport ct, CommunityTransportRequest request, LocalDate date) {
    return FlexServices.active(ct, request, date).stream()
        .filter(scheme -> scheme.kind() == SchemeKind.FIXED_ROUTE)
        .toList();
  }

  /**
   * {@code network} with one route per scheme running on {@code date}; every other field unchanged.
   * The same network object when there are no schemes.
   *
   * @throws BadInputException when a scheme stop is neither a transit stop nor has coordinates
   */
  public static Network addTo(Network network, List<Scheme> fixedRouteSchemes, LocalDate date) {
    if (fixedRouteSchemes.isEmpty()) {
      return network;
    }
    TransitNetwork baseline = network.transit();
    TransitEditor editor = TransitEditor.of(baseline);
    int[] runningDay = {Math.toIntExact(date.toEpochDay())};
    for (Scheme scheme : fixedRouteSchemes) {
      add(editor, scheme, runningDay);
    }
    return network.withTransit(editor.build()).network();
  }

  private static void add(TransitEditor editor, Scheme scheme, int[] runningDay) {
    String id = PREFIX + scheme.id();
    List<String> stopIds = new ArrayList<>();
    List<Integer> arrivals = new ArrayList<>();
    List<Integer> departures = new ArrayList<>();
    List<FixedStop> stops = scheme.stops();
    for (int i = 0; i < stops.size(); i++) {
      FixedStop stop = stops.get(i);
      if (stop.hasTime()) {
        stopIds.add(stopId(editor, scheme, stop, id + "#" + (i + 1)));
        arrivals.add(stop.arrivalSeconds());
        departures.add(stop.departureSeconds());
      }
    }
    if (stopIds.size() < 2) {
      return; // nothing to ride: a timetable trip needs two timed stops
    }
    editor.addRoute(id, scheme.name(), ROUTE_TYPE_BUS, "community transport");
    editor.addService(id, runningDay);
    editor.addTrip(
        new ScheduledTrip(
            id + "#" + ClockTime.format(departures.get(0)),
            id,
            id,
            null,
            stopIds,
            Collections.nCopies(stopIds.size(), (byte) 0),
            arrivals,
            departures));
  }

  /** The transit stop the scheme stop names, or a new stop at its coordinates. */
  private static String stopId(TransitEditor editor, Scheme scheme, FixedStop stop, String newId) {
    if (stop.stopId() != null && editor.stopIds().contains(stop.stopId())) {
      return stop.stopId();
    }
    if (!stop.hasCoordinates()) {
      throw new BadInputException(
          scheme.sourceFile()
              + ": scheme '"
              + scheme.id()
              + "': stop '"
              + stop.stopId()
              + "' is not a stop of the transit network and has no coordinates");
    }
    editor.addStop(newId, stop.name(), stop.lat(), stop.lon());
    return newId;
  }
}
