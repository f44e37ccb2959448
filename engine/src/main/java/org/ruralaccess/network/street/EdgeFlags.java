package org.ruralaccess.network.street;

/**
 * Per-edge flags beside the access bits, one byte per edge in {@link StreetNetwork}.
 *
 * <ul>
 *   <li><b>No through traffic</b> for a mode (OSM {@code access=private}, {@code destination},
 *       {@code customers}, {@code delivery}, or the mode's own key with those values): the mode may
 *       use the edge at the start or the end of a trip, never in the middle of one (see {@link
 *       StreetRouter}). One bit per mode.
 *   <li><b>Ferry</b> (OSM {@code route=ferry}): never snapped to; timed by its crossing (see {@link
 *       FerryCrossings}) where it has one.
 * </ul>
 */
public final class EdgeFlags {

  /** Set on ferry edges of every mode. */
  public static final int FERRY = 1 << 3;

  private EdgeFlags() {}

  /** The bit that closes an edge to through traffic of {@code mode}. */
  public static int noThrough(StreetMode mode) {
    return 1 << mode.ordinal();
  }
}
