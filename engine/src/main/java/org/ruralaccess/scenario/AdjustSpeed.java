package org.ruralaccess.scenario;

import java.util.List;
import java.util.function.Predicate;
import org.ruralaccess.network.transit.ScheduledTrip;
import org.ruralaccess.network.transit.TransitEditor;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Runs the selected trips {@code factor} times as fast: every running time between stops becomes
 * {@code round(seconds / factor)} (1.25 turns 600 s into 480 s); dwell times and the departure from
 * the first stop stay.
 */
public record AdjustSpeed(int line, TripSelector selector, double factor)
    implements TransitModification {

  @Override
  public void resolve(TransitNetwork network, List<String> errors) {
    selector.resolve(network, errors);
  }

  @Override
  public void apply(TransitEditor editor) {
    Predicate<ScheduledTrip> selected = selector.matcher(editor);
    editor.updateTrips(trip -> selected.test(trip) ? faster(trip) : trip);
  }

  private ScheduledTrip faster(ScheduledTrip trip) {
    int[] running = Timings.runningSeconds(trip);
    for (int i = 0; i < running.length; i++) {
      running[i] = (int) Math.round(running[i] / factor);
    }
    return Timings.rebuild(trip, running, Timings.dwellSeconds(trip));
  }
}
