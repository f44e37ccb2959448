package org.ruralaccess.model.community;

import java.util.List;

/**
 * One service: a dial-a-ride zone, a volunteer car scheme, a fixed-route community bus, or a
 * GTFS-Flex trip.
 *
 * @param id namespaced: {@code <feedId>:<trip or scheme id>}
 * @param areas service areas (WGS84); empty for a fixed route
 * @param stops fixed-route stops with times, or the GTFS stops of location groups served
 * @param windows pickup/drop-off windows; a fixed route has none (its times are on its stops)
 * @param vehicleTimeFactor in-vehicle time = factor x car time + offset
 * @param sourceFile the file the scheme was read from (feed folder or scheme YAML)
 */
public record Scheme(
    String id,
    String name,
    SchemeKind kind,
    List<ServiceArea> areas,
    List<FixedStop> stops,
    OperatingDays days,
    List<TimeWindow> windows,
    BookingRule booking,
    Eligibility eligibility,
    double vehicleTimeFactor,
    double vehicleTimeOffsetSeconds,
    String sourceFile) {

  public Scheme {
    areas = List.copyOf(areas);
    stops = List.copyOf(stops);
    windows = List.copyOf(windows);
  }

  /** The same scheme with other stops (e.g. GTFS stop ids placed at the feed's positions). */
  public Scheme withStops(List<FixedStop> newStops) {
    return new Scheme(
        id,
        name,
        kind,
        areas,
        newStops,
        days,
        windows,
        booking,
        eligibility,
        vehicleTimeFactor,
        vehicleTimeOffsetSeconds,
        sourceFile);
  }

  /** The same scheme with another service: where, when, who may ride and how long a ride takes. */
  public Scheme withService(
      List<ServiceArea> newAreas,
      OperatingDays newDays,
      List<TimeWindow> newWindows,
      BookingRule newBooking,
      Eligibility newEligibility,
      double newVehicleTimeFactor,
      double newVehicleTimeOffsetSeconds) {
    return new Scheme(
        id,
        name,
        kind,
        newAreas,
        stops,
        newDays,
        newWindows,
        newBooking,
        newEligibility,
        newVehicleTimeFactor,
        newVehicleTimeOffsetSeconds,
        sourceFile);
  }
}
