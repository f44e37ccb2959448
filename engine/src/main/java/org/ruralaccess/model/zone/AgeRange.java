package org.ruralaccess.model.zone;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The ages of a user group in whole years, both ends included ({@code 16-19}: colleges; {@code
 * 60+}: older riders' concessions), and the census bands that stand in for it.
 *
 * <p>A census table rarely has a band for exactly the ages wanted, so each table gets a
 * <b>proxy</b> by one rule: the bands with at least half of their years inside the range; when no
 * band has (a range narrower than the bands), the bands that overlap it at all. For the six-band
 * table this gives 16-24 for 16-19 and 65+ for 60+ (50-64 has 5 of its 15 years inside); for
 * TS007A's five-year bands it gives 15-19 for 16-19 and exactly 60-64 ... 85+ for 60+. An open band
 * ("85 and over") counts as reaching 100 years.
 *
 * @param fromYears the youngest age included
 * @param toYears the oldest age included, or {@link #OPEN}
 */
public record AgeRange(int fromYears, int toYears) {

  /** The upper end of a range with no upper end ("and over"). */
  public static final int OPEN = Integer.MAX_VALUE;

  /** Everybody. */
  public static final AgeRange ALL = new AgeRange(0, OPEN);

  /** The age an open band or range is taken to end at when comparing widths. */
  private static final int OLDEST_YEARS = 100;

  public AgeRange {
    if (fromYears < 0 || toYears < fromYears) {
      throw new IllegalArgumentException("not an age range: " + fromYears + "-" + toYears);
    }
  }

  public static AgeRange andOver(int fromYears) {
    return new AgeRange(fromYears, OPEN);
  }

  /** The bands of {@code table} that stand in for this range (see the class comment). */
  public List<AgeBand> proxy(AgeTable table) {
    List<AgeBand> mostlyInside = new ArrayList<>();
    List<AgeBand> overlapping = new ArrayList<>();
    for (AgeBand band : AgeBand.of(table)) {
      int inside = overlapYears(band.range());
      int width = band.range().widthYears();
      if (inside > 0) {
        overlapping.add(band);
      }
      if (2 * inside >= width) {
        mostlyInside.add(band);
      }
    }
    return List.copyOf(mostlyInside.isEmpty() ? overlapping : mostlyInside);
  }

  /** The proxies of every table: a zone sums the ones of its own table. */
  public Set<AgeBand> bands() {
    Set<AgeBand> bands = EnumSet.noneOf(AgeBand.class);
    for (AgeTable table : AgeTable.values()) {
      bands.addAll(proxy(table));
    }
    return bands;
  }

  /** The ages the bands of {@code table} actually count for this range, e.g. "15-19". */
  public AgeRange counted(AgeTable table) {
    List<AgeBand> proxy = proxy(table);
    return proxy.isEmpty()
        ? this
        : new AgeRange(proxy.getFirst().fromYears(), proxy.getLast().toYears());
  }

  /** {@code 16-19}, {@code 60+}, {@code all ages}. */
  public String label() {
    if (fromYears == 0 && toYears == OPEN) {
      return "all ages";
    }
    return toYears == OPEN ? fromYears + "+" : fromYears + "-" + toYears;
  }

  private int widthYears() {
    return Math.min(toYears, OLDEST_YEARS) - fromYears + 1;
  }

  private int overlapYears(AgeRange other) {
    int from = Math.max(fromYears, other.fromYears);
    int to = Math.min(Math.min(toYears, other.toYears), OLDEST_YEARS);
    return Math.max(0, to - from + 1);
  }
}
