package org.ruralaccess.scenario;

import java.util.List;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * One change of a scenario, R5 style: {@link #resolve} checks it against the baseline and adds
 * every problem to {@code errors} (each starting "line N: "); {@link #apply} runs only when every
 * modification of the scenario resolved cleanly, and only ever edits a working copy.
 */
public sealed interface Modification
    permits AddRoute,
        RemoveRoutes,
        RemoveTrips,
        ChangeHeadway,
        ChangeDays,
        AdjustSpeed,
        AdjustDwell,
        AddStops,
        RemoveStops {

  /** The line of the modification in the scenario file. */
  int line();

  void resolve(TransitNetwork network, List<String> errors);

  void apply(TransitEditor editor);
}
