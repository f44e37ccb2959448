package org.ruralaccess.scenario;

import java.util.List;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * A change to the community transport schemes. {@link CommunityTransport} is immutable, so {@link
 * #apply} returns a new one. The baseline transit network is at hand to resolve the GTFS stop ids
 * of an added fixed-route scheme.
 */
public sealed interface SchemeModification extends Modification
    permits AddScheme, RemoveSchemes, ChangeScheme {

  void resolve(TransitNetwork transit, CommunityTransport schemes, List<String> errors);

  CommunityTransport apply(CommunityTransport schemes, TransitNetwork transit);
}
