package org.ruralaccess.routing;

import java.util.Arrays;

/**
 * Access legs that can only start within a window: a dial-a-ride or flex vehicle picks the rider up
 * between {@code earliestStart} and {@code latestStart}. Departing from the origin at {@code t},
 * the rider waits at home until {@code max(t, earliestStart)}; the leg is usable when that start is
 * no later than {@code latestStart}. It then reaches its stop {@code duration} seconds later, or at
 * a fixed time (a route-deviation trip reaching a timed stop on its schedule).
 *
 * <p>Arrival never gets later as the departure gets earlier, so these legs keep range-RAPTOR's
 * reuse of state from later departures sound.
 */
public final class TimedAccessLegs {

  /** Marks a leg whose arrival is start + duration, not a fixed time. */
  public static final int NO_FIXED_ARRIVAL = -1;

  private static final TimedAccessLegs NONE =
      new TimedAccessLegs(new int[0], new int[0], new int[0], new int[0], new int[0]);

  private final int[] stop;
  private final int[] earliestStartSeconds;
  private final int[] latestStartSeconds;
  private final int[] durationSeconds;
  private final int[] fixedArrivalSeconds;

  private TimedAccessLegs(
      int[] stop,
      int[] earliestStartSeconds,
      int[] latestStartSeconds,
      int[] durationSeconds,
      int[] fixedArrivalSeconds) {
    this.stop = stop;
    this.earliestStartSeconds = earliestStartSeconds;
    this.latestStartSeconds = latestStartSeconds;
    this.durationSeconds = durationSeconds;
    this.fixedArrivalSeconds = fixedArrivalSeconds;
  }

  public static TimedAccessLegs none() {
    return NONE;
  }

  /** Collects legs; {@link #build} sorts them so that equal inputs give equal requests. */
  public static Builder builder() {
    return new Builder();
  }

  public int size() {
    return stop.length;
  }

  public int stop(int i) {
    return stop[i];
  }

  /**
   * Arrival at the leg's stop for a departure from the origin at {@code departureSeconds}, or -1
   * when the pickup window has closed.
   */
  public int arrivalSeconds(int i, int departureSeconds) {
    int start = Math.max(departureSeconds, earliestStartSeconds[i]);
    if (start > latestStartSeconds[i]) {
      return -1;
    }
    return fixedArrivalSeconds[i] != NO_FIXED_ARRIVAL
        ? fixedArrivalSeconds[i]
        : start + durationSeconds[i];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimedAccessLegs legs
        && Arrays.equals(stop, legs.stop)
        && Arrays.equals(earliestStartSeconds, legs.earliestStartSeconds)
        && Arrays.equals(latestStartSeconds, legs.latestStartSeconds)
        && Arrays.equals(durationSeconds, legs.durationSeconds)
        && Arrays.equals(fixedArrivalSeconds, legs.fixedArrivalSeconds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(stop) * 31 + Arrays.hashCode(durationSeconds);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("TimedAccessLegs[");
    for (int i = 0; i < stop.length; i++) {
      text.append(i == 0 ? "" : ", ")
          .append("stop ")
          .append(stop[i])
          .append(" start ")
          .append(earliestStartSeconds[i])
          .append("..")
          .append(latestStartSeconds[i])
          .append(fixedArrivalSeconds[i] == NO_FIXED_ARRIVAL ? " +" : " arrive ")
          .append(
              fixedArrivalSeconds[i] == NO_FIXED_ARRIVAL
                  ? durationSeconds[i]
                  : fixedArrivalSeconds[i]);
    }
    return text.append(']').toString();
  }

  /** Collects legs in any order. */
  public static final class Builder {
    private final java.util.List<int[]> legs = new java.util.ArrayList<>();

    /**
     * @param fixedArrivalSeconds {@link #NO_FIXED_ARRIVAL} when the leg takes {@code
     *     durationSeconds} from its start
     */
    public Builder add(
        int stop,
        int earliestStartSeconds,
        int latestStartSeconds,
        int durationSeconds,
        int fixedArrivalSeconds) {
      if (stop < 0 || durationSeconds < 0 || latestStartSeconds < earliestStartSeconds) {
        throw new IllegalArgumentException(
            "timed access leg needs stop >= 0, duration >= 0 and a window that does not end before"
                + " it starts");
      }
      legs.add(
          new int[] {
            stop, earliestStartSeconds, latestStartSeconds, durationSeconds, fixedArrivalSeconds
          });
      return this;
    }

    public boolean isEmpty() {
      return legs.isEmpty();
    }

    public TimedAccessLegs build() {
      if (legs.isEmpty()) {
        return NONE;
      }
      legs.sort(Arrays::compare);
      int n = legs.size();
      int[][] columns = new int[5][n];
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < 5; c++) {
          columns[c][i] = legs.get(i)[c];
        }
      }
      return new TimedAccessLegs(columns[0], columns[1], columns[2], columns[3], columns[4]);
    }
  }
}
