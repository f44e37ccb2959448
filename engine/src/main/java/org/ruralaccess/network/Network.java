package org.ruralaccess.network;

import java.util.List;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.link.IncrementalRelinker;
import org.ruralaccess.network.link.StopLinks;
import org.ruralaccess.network.link.StopTransfers;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Everything a request needs about one region: the streets, the transit timetables, where the stops
 * join the streets and the walking transfers between them, what the network was built from ({@link
 * NetworkInfo}), and the region's zones and destinations (empty when the region names none), so
 * that accessibility runs need nothing but the network file, and its community transport schemes
 * (dial-a-ride, volunteer cars, community buses, GTFS-Flex trips; none when the region names none).
 * Immutable once built or loaded.
 */
public record Network(
    NetworkInfo info,
    StreetNetwork streets,
    TransitNetwork transit,
    StopLinks stopLinks,
    StopTransfers transfers,
    ZoneSet zones,
    DestinationSet destinations,
    CommunityTransport communityTransport) {

  /** A network without community transport. */
  public Network(
      NetworkInfo info,
      StreetNetwork streets,
      TransitNetwork transit,
      StopLinks stopLinks,
      StopTransfers transfers,
      ZoneSet zones,
      DestinationSet destinations) {
    this(
        info,
        streets,
        transit,
        stopLinks,
        transfers,
        zones,
        destinations,
        CommunityTransport.none());
  }

  /** A network without zones or destinations (routing only). */
  public Network(
      NetworkInfo info,
      StreetNetwork streets,
      TransitNetwork transit,
      StopLinks stopLinks,
      StopTransfers transfers) {
    this(
        info,
        streets,
        transit,
        stopLinks,
        transfers,
        new ZoneSet(List.of()),
        new DestinationSet(List.of()));
  }

  /** The same streets and timetables with the region's zones and destinations attached. */
  public Network withRegionData(ZoneSet newZones, DestinationSet newDestinations) {
    return new Network(
        info,
        streets,
        transit,
        stopLinks,
        transfers,
        newZones,
        newDestinations,
        communityTransport);
  }

  /**
   * The same streets with an edited timetable (a scenario, community buses added for a request):
   * the baseline's stop links and walking transfers are reused by stop id and only stops the
   * baseline lacks are linked and searched from, as R5 does for scenarios.
   */
  public EditedNetwork withTransit(TransitNetwork edited) {
    IncrementalRelinker.Relinked relinked =
        IncrementalRelinker.relink(
            transit,
            stopLinks,
            transfers,
            edited,
            streets,
            info.build().maxStopLinkMeters(),
            info.build().maxTransferWalkMeters());
    return new EditedNetwork(
        new Network(
            info,
            streets,
            edited,
            relinked.links(),
            relinked.transfers(),
            zones,
            destinations,
            communityTransport),
        relinked.stopsLinkedAnew());
  }

  /** The same network with other community transport schemes (a scenario, or none to compare). */
  public Network withCommunityTransport(CommunityTransport schemes) {
    return new Network(info, streets, transit, stopLinks, transfers, zones, destinations, schemes);
  }
}
