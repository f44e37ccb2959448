package org.ruralaccess.analysis.matrix;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Watches a transit matrix run for the origins whose search reaches any of some stops within the
 * max trip duration, at any departure of the window, in any round (by transit, on foot or by a
 * community transport ride). A scenario comparison watches the stops a scenario changes: an origin
 * that reaches none of them cannot change ({@link ScenarioFootprint}). The watch also keeps each
 * origin's walks all the way ({@link KeptWalks}), which the scenario's searches read instead of
 * walking again.
 */
public final class StopWatch {

  private final boolean[] watchedStops;
  private final AtomicIntegerArray reached;
  private final KeptWalks keptWalks;

  /**
   * @param watchedStops by stop of the request's day network (the network with the rider's
   *     community buses added)
   */
  StopWatch(boolean[] watchedStops, KeptWalks keptWalks) {
    this.watchedStops = watchedStops;
    this.reached = new AtomicIntegerArray(keptWalks.originCount());
    this.keptWalks = keptWalks;
  }

  /**
   * Each origin's walks all the way, kept by the watched run for the scenario's searches (only when
   * the run walks all the way up to the max trip: the walk limit is within it). Read after the run.
   */
  public KeptWalks keptWalks() {
    return keptWalks;
  }

  boolean watches(int stop) {
    return stop < watchedStops.length && watchedStops[stop];
  }

  void reached(int origin) {
    reached.set(origin, 1);
  }

  /** Whether the origin's search reached a watched stop in time (after the run). */
  public boolean reachedBy(int origin) {
    return reached.get(origin) == 1;
  }

  int originCount() {
    return reached.length();
  }
}
