package org.ruralaccess.scenario;

import java.util.List;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/** A change to the scheduled transit network, applied to a {@link TransitEditor} working copy. */
public sealed interface TransitModification extends Modification
    permits AddRoute,
        RemoveRoutes,
        RemoveTrips,
        ChangeHeadway,
        ChangeDays,
        AdjustSpeed,
        AdjustDwell,
        AddStops,
        RemoveStops {

  void resolve(TransitNetwork network, List<String> errors);

  void apply(TransitEditor editor);
}
