package org.ruralaccess.analysis.matrix;

import org.ruralaccess.analysis.community.FlexServices;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.routing.RaptorTimetable;

/**
 * What every origin of a transit request shares, built once per date, rider and destination set:
 * the network with the community buses the rider may use, the day's timetable, the stop index, the
 * egress walks to the destinations and the flex services. Both the percentile matrix ({@link
 * TravelTimeMatrix}) and the per-minute one ({@link MinuteMatrix}) search from it.
 */
record TransitSetup(
    Network network,
    RaptorTimetable timetable,
    StopIndex stopIndex,
    EgressTable egress,
    FlexServices flex,
    LinkedPoints destinations) {

  static TransitSetup prepare(
      Network baseNetwork, LinkedPoints destinations, MatrixRequest request) {
    int maxWalkSeconds = request.routing().maxWalkMinutes() * 60;
    // fixed-route community buses the rider may use ride as timetabled routes on the date (one
    // place, DayNetwork, so a ScenarioFootprint sees the stops the search sees)
    DayNetwork day = DayNetwork.of(baseNetwork, request);
    Network network = day.network();
    RaptorTimetable timetable = day.timetable();
    StopIndex stopIndex = day.stopIndex();
    EgressTable egress =
        EgressTable.build(
            network, stopIndex, destinations, request.walkSpeedMetersPerSecond(), maxWalkSeconds);
    FlexServices flex =
        FlexServices.forRequest(
            network,
            request.date(),
            request.routing(),
            request.communityTransport(),
            stopIndex,
            destinations);
    return new TransitSetup(network, timetable, stopIndex, egress, flex, destinations);
  }

  /** A search for one thread; its state is reused from origin to origin. */
  TransitOriginSearch newSearch(MatrixRequest request) {
    return new TransitOriginSearch(
        network, stopIndex, timetable, egress, destinations, request, flex);
  }
}
