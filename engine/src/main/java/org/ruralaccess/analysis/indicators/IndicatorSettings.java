package org.ruralaccess.analysis.indicators;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.ruralaccess.model.zone.AgeBand;

/**
 * What the indicators count and how they are named.
 *
 * @param cutoffsMinutes travel-time cutoffs, ascending; "within 15 minutes" means a travel time
 *     below 15:00 (R5's step)
 * @param capCount the cap of the capped counts (JTS: "number of services ... capped at 10")
 * @param gravityCutoffMinutes the cutoff handed to the decay function for the gravity score
 * @param decay the decay function of the gravity score
 * @param style column names
 * @param usersByCategory who counts as a user of a category, by category key, replacing the
 *     category's default age bands (e.g. GP access for residents aged 65 and over); empty for the
 *     defaults
 * @param nthNearest the ranks n (ascending, from 1) of the "time to the n-th nearest destination"
 *     columns, for choice between schools or surgeries; empty for none
 */
public record IndicatorSettings(
    int[] cutoffsMinutes,
    int capCount,
    int gravityCutoffMinutes,
    DecayFunction decay,
    IndicatorStyle style,
    Map<String, Set<AgeBand>> usersByCategory,
    int[] nthNearest) {

  /** Settings without n-th nearest columns. */
  public IndicatorSettings(
      int[] cutoffsMinutes,
      int capCount,
      int gravityCutoffMinutes,
      DecayFunction decay,
      IndicatorStyle style,
      Map<String, Set<AgeBand>> usersByCategory) {
    this(cutoffsMinutes, capCount, gravityCutoffMinutes, decay, style, usersByCategory, new int[0]);
  }

  /** Settings with every category's default users. */
  public IndicatorSettings(
      int[] cutoffsMinutes,
      int capCount,
      int gravityCutoffMinutes,
      DecayFunction decay,
      IndicatorStyle style) {
    this(cutoffsMinutes, capCount, gravityCutoffMinutes, decay, style, Map.of());
  }

  public IndicatorSettings {
    usersByCategory = new TreeMap<>(usersByCategory);
    cutoffsMinutes = cutoffsMinutes.clone();
    if (cutoffsMinutes.length == 0) {
      throw new IllegalArgumentException("at least one cutoff is needed");
    }
    for (int i = 0; i < cutoffsMinutes.length; i++) {
      if (cutoffsMinutes[i] <= 0 || (i > 0 && cutoffsMinutes[i] <= cutoffsMinutes[i - 1])) {
        throw new IllegalArgumentException(
            "cutoffs must be positive and ascending: " + Arrays.toString(cutoffsMinutes));
      }
    }
    if (capCount < 1) {
      throw new IllegalArgumentException("capCount must be at least 1, not " + capCount);
    }
    if (gravityCutoffMinutes <= 0) {
      throw new IllegalArgumentException("gravityCutoffMinutes must be positive");
    }
    Objects.requireNonNull(decay, "decay");
    Objects.requireNonNull(style, "style");
    nthNearest = nthNearest.clone();
    for (int i = 0; i < nthNearest.length; i++) {
      if (nthNearest[i] < 1 || (i > 0 && nthNearest[i] <= nthNearest[i - 1])) {
        throw new IllegalArgumentException(
            "n-th nearest ranks must be 1 or more and ascending: " + Arrays.toString(nthNearest));
      }
    }
  }

  /** JTS defaults: cutoffs 15, 30, 45, 60 minutes, cap 10; gravity step at 60 minutes. */
  public static IndicatorSettings defaults() {
    return new IndicatorSettings(
        new int[] {15, 30, 45, 60}, 10, 60, new DecayFunction.Step(), IndicatorStyle.ENGINE);
  }

  public IndicatorSettings withStyle(IndicatorStyle newStyle) {
    return new IndicatorSettings(
        cutoffsMinutes,
        capCount,
        gravityCutoffMinutes,
        decay,
        newStyle,
        usersByCategory,
        nthNearest);
  }

  public IndicatorSettings withUsers(Map<String, Set<AgeBand>> newUsersByCategory) {
    return new IndicatorSettings(
        cutoffsMinutes,
        capCount,
        gravityCutoffMinutes,
        decay,
        style,
        newUsersByCategory,
        nthNearest);
  }

  public IndicatorSettings withDecay(DecayFunction newDecay, int newGravityCutoffMinutes) {
    return new IndicatorSettings(
        cutoffsMinutes,
        capCount,
        newGravityCutoffMinutes,
        newDecay,
        style,
        usersByCategory,
        nthNearest);
  }

  public IndicatorSettings withCapCount(int newCapCount) {
    return new IndicatorSettings(
        cutoffsMinutes,
        newCapCount,
        gravityCutoffMinutes,
        decay,
        style,
        usersByCategory,
        nthNearest);
  }

  public IndicatorSettings withNthNearest(int[] ranks) {
    return new IndicatorSettings(
        cutoffsMinutes, capCount, gravityCutoffMinutes, decay, style, usersByCategory, ranks);
  }

  /** A copy: the record stays immutable. */
  @Override
  public int[] nthNearest() {
    return nthNearest.clone();
  }

  /** A copy: the record stays immutable. */
  @Override
  public int[] cutoffsMinutes() {
    return cutoffsMinutes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IndicatorSettings that
        && Arrays.equals(cutoffsMinutes, that.cutoffsMinutes)
        && capCount == that.capCount
        && gravityCutoffMinutes == that.gravityCutoffMinutes
        && decay.equals(that.decay)
        && style == that.style
        && usersByCategory.equals(that.usersByCategory)
        && Arrays.equals(nthNearest, that.nthNearest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(cutoffsMinutes),
        capCount,
        gravityCutoffMinutes,
        decay,
        style,
        usersByCategory,
        Arrays.hashCode(nthNearest));
  }

  @Override
  public String toString() {
    return "IndicatorSettings[cutoffsMinutes="
        + Arrays.toString(cutoffsMinutes)
        + ", capCount="
        + capCount
        + ", gravityCutoffMinutes="
        + gravityCutoffMinutes
        + ", decay="
        + decay.spec()
        + ", style="
        + style
        + ", nthNearest="
        + Arrays.toString(nthNearest)
        + "]";
  }
}
