package org.ruralaccess.analysis.matrix;

/**
 * Watches a transit matrix run for the stops each origin's search reaches within the max trip
 * duration, at any departure of the window, in any round (by transit, on foot or by a community
 * transport ride). A scenario comparison reads it after the baseline run: an origin that reaches
 * none of the stops a scenario changes cannot change ({@link ScenarioFootprint}), so one watched
 * run serves any number of scenarios. The watch also keeps each origin's walks all the way ({@link
 * KeptWalks}), which the scenarios' searches read instead of walking again.
 *
 * <p>Kept as a bit per stop of the request's day network (the network with the rider's community
 * buses added) and origin: about 0.6 MB for Porto Alegre's 1,227 zones and 4,010 stops. Origins are
 * searched in parallel, each writing its own slot; read after the run has finished.
 */
public final class StopWatch {

  // per origin: bit (stop % 64) of word (stop / 64) set when the search reached the stop in time;
  // null for an origin not searched (not on the streets)
  private final long[][] reachedStops;
  private final KeptWalks keptWalks;

  /** A watch over the origins of {@code keptWalks}, keeping their walks there. */
  public StopWatch(KeptWalks keptWalks) {
    this.reachedStops = new long[keptWalks.originCount()][];
    this.keptWalks = keptWalks;
  }

  /** A watch over {@code originCount} origins. */
  public static StopWatch forOrigins(int originCount) {
    return new StopWatch(KeptWalks.forOrigins(originCount));
  }

  /**
   * Each origin's walks all the way, kept by the watched run for the scenario's searches (only when
   * the run walks all the way up to the max trip: the walk limit is within it). Read after the run.
   */
  public KeptWalks keptWalks() {
    return keptWalks;
  }

  /** The bits origin {@code origin}'s search marks its reached stops in (see {@link #mark}). */
  long[] startOrigin(int origin, int stopCount) {
    long[] bits = new long[(stopCount + 63) >>> 6];
    reachedStops[origin] = bits;
    return bits;
  }

  /** Marks {@code stop} reached in an origin's bits. */
  static void mark(long[] bits, int stop) {
    bits[stop >>> 6] |= 1L << stop;
  }

  /**
   * Whether the search of {@code origin} reached any of {@code stops} (by stop of the day network)
   * in time: read after the run.
   */
  public boolean reachedAny(int origin, boolean[] stops) {
    long[] bits = reachedStops[origin];
    if (bits == null) {
      return false;
    }
    for (int word = 0; word < bits.length; word++) {
      long rest = bits[word];
      while (rest != 0) {
        int stop = (word << 6) + Long.numberOfTrailingZeros(rest);
        if (stop < stops.length && stops[stop]) {
          return true;
        }
        rest &= rest - 1;
      }
    }
    return false;
  }

  int originCount() {
    return reachedStops.length;
  }
}
