package org.ruralaccess.analysis.matrix;

import org.ruralaccess.analysis.community.CommunityBuses;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.network.DayTimetables;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.link.StopIndex;
import org.ruralaccess.routing.RaptorTimetable;

/**
 * What a transit request routes on: the network with the fixed-route community buses the rider may
 * use added as timetabled routes, its timetable for the date (walking transfers at the request's
 * speed) and its stop index. One place, so a scenario's footprint sees the stops the search sees.
 */
record DayNetwork(Network network, RaptorTimetable timetable, StopIndex stopIndex) {

  static DayNetwork of(Network baseNetwork, MatrixRequest request) {
    if (request.mode() != TravelMode.TRANSIT) {
      throw new IllegalArgumentException("a day network is for transit requests");
    }
    Network network =
        CommunityBuses.addTo(
            baseNetwork,
            CommunityBuses.activeFixedRoutes(
                baseNetwork.communityTransport(), request.communityTransport(), request.date()),
            request.date());
    RaptorTimetable timetable =
        DayTimetables.forDate(
            network,
            request.date(),
            request.walkSpeedMetersPerSecond(),
            request.routing().maxTransferWalkMinutes() * 60,
            request.routing().transferSlackSeconds());
    return new DayNetwork(network, timetable, StopIndex.of(network.transit(), network.stopLinks()));
  }
}
