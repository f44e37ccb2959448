package org.ruralaccess.network;

import org.ruralaccess.network.link.StopLinks;
import org.ruralaccess.network.link.StopTransfers;
import org.ruralaccess.network.street.StreetNetwork;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Everything a routing request needs about one region: the streets, the transit timetables, where
 * the stops join the streets and the walking transfers between them, plus what the network was
 * built from ({@link NetworkInfo}). Immutable once built or loaded.
 */
public record Network(
    NetworkInfo info,
    StreetNetwork streets,
    TransitNetwork transit,
    StopLinks stopLinks,
    StopTransfers transfers) {}
