package org.ruralaccess.network.street;

/**
 * How one search turns meters into milliseconds: the mode's access bits, its speed, the off-street
 * walking speed, its no-through-traffic bit and whether ferries may be crossed. Shared by {@link
 * StreetRouter} (edges between nodes) and {@link StreetTimes} (partial edges at the target) so both
 * round the same way and apply the same rules.
 */
final class StreetTravel {

  /** Walking speed for the off-street part of a car trip: 4.8 km/h, as R5 does. */
  static final double CAR_OFF_STREET_METERS_PER_SECOND = 4.8 / 3.6;

  final StreetNetwork network;
  final StreetMode mode;
  final boolean reverse;
  final int forwardBit;
  final int backwardBit;
  private final int noThroughBit;
  private final boolean crossFerries;
  private final double millisPerMeter;
  private final double offStreetMillisPerMeter;

  StreetTravel(
      StreetNetwork network,
      StreetMode mode,
      SearchDirection direction,
      double speedMetersPerSecond,
      boolean crossFerries) {
    this.network = network;
    this.mode = mode;
    this.reverse = direction == SearchDirection.REVERSE;
    this.forwardBit = StreetNetworkBuilder.accessBit(mode, true);
    this.backwardBit = StreetNetworkBuilder.accessBit(mode, false);
    this.noThroughBit = EdgeFlags.noThrough(mode);
    this.crossFerries = crossFerries;
    this.millisPerMeter = mode == StreetMode.CAR ? 0 : 1000 / speedMetersPerSecond;
    double offStreetSpeed =
        mode == StreetMode.CAR ? CAR_OFF_STREET_METERS_PER_SECOND : speedMetersPerSecond;
    this.offStreetMillisPerMeter = 1000 / offStreetSpeed;
  }

  /**
   * Whether the search may move along the edge towards its to-node ({@code towardsTo}) or its
   * from-node. A reverse search walks the edges backwards, so it checks the opposite direction.
   * Ferries are closed to searches that may not cross them.
   */
  boolean allowed(int edge, boolean towardsTo) {
    int bit = (towardsTo ^ reverse) ? forwardBit : backwardBit;
    return (network.edgeAccessBits[edge] & bit) != 0
        && (crossFerries || (network.edgeFlags[edge] & EdgeFlags.FERRY) == 0);
  }

  /** Whether the edge is closed to this mode's through traffic. */
  boolean noThrough(int edge) {
    return (network.edgeFlags[edge] & noThroughBit) != 0;
  }

  /** Milliseconds for {@code meters} of the edge, moving towards its to-node or from-node. */
  int edgeMillis(int edge, double meters, boolean towardsTo) {
    if (meters == 0) {
      return 0; // standing on an end node: no speed needed, even against a one-way
    }
    if ((network.edgeFlags[edge] & EdgeFlags.FERRY) != 0) {
      int crossingMillis = network.ferries.crossingMillis(edge);
      if (crossingMillis > 0) { // the ferry sets the pace, whatever the mode's speed
        return roundMillis(crossingMillis * meters / network.edgeLengthMeters[edge]);
      }
    }
    if (mode != StreetMode.CAR) {
      return roundMillis(meters * millisPerMeter);
    }
    double speedKmh =
        (towardsTo ^ reverse)
            ? network.carSpeedForwardKmh[edge]
            : network.carSpeedBackwardKmh[edge];
    return roundMillis(meters * 3600 / speedKmh);
  }

  int offStreetMillis(double meters) {
    return roundMillis(meters * offStreetMillisPerMeter);
  }

  private static int roundMillis(double millis) {
    return (int) Math.min(Integer.MAX_VALUE / 4, Math.round(millis));
  }

  /** Whole seconds, half up: 1,499 ms is 1 s and 1,500 ms is 2 s. */
  static int seconds(long millis) {
    return (int) ((millis + 500) / 1000);
  }

  /** The largest millisecond value that still rounds to at most {@code maxSeconds}. */
  static long limitMillis(int maxSeconds) {
    return maxSeconds * 1000L + 499;
  }
}
