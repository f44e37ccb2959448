package org.ruralaccess.analysis.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ruralaccess.model.destination.DestinationCategory;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.AgeTable;
import org.ruralaccess.model.zone.Zone;

/**
 * One destination category as the indicators see it: its labels, its users and the destinations in
 * it (indices into the {@link DestinationSet}, ascending).
 *
 * @param key engine label ({@code gp}, {@code primary_school})
 * @param jtsCode JTS label ({@code GP}, {@code PS})
 * @param userBands the age bands of its users; empty for a category the engine does not know, whose
 *     users are then all residents
 */
public record IndicatorCategory(
    String key,
    String jtsCode,
    Set<AgeBand> userBands,
    int[] destinationIndices,
    double[] weights) {

  /**
   * The categories present, in {@link DestinationCategory} order (schools, colleges, health, jobs,
   * food, towns), then categories the engine does not know, by key.
   */
  public static List<IndicatorCategory> of(
      DestinationSet destinations, Map<String, Set<AgeBand>> usersByCategory) {
    List<IndicatorCategory> categories = new ArrayList<>();
    for (String source : destinations.categories()) {
      List<Integer> indices = new ArrayList<>();
      for (int i = 0; i < destinations.size(); i++) {
        if (destinations.destination(i).category().equals(source)) {
          indices.add(i);
        }
      }
      int[] destinationIndices = indices.stream().mapToInt(Integer::intValue).toArray();
      double[] weights = new double[destinationIndices.length];
      for (int k = 0; k < weights.length; k++) {
        weights[k] = destinations.destination(destinationIndices[k]).weight();
      }
      Optional<DestinationCategory> known = DestinationCategory.fromKey(source);
      categories.add(
          known
              .map(
                  c ->
                      new IndicatorCategory(
                          c.key(),
                          c.jtsCode(),
                          usersByCategory.getOrDefault(c.key(), c.users()),
                          destinationIndices,
                          weights))
              .orElseGet(
                  () ->
                      new IndicatorCategory(
                          source.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"),
                          source.trim().replaceAll("[^A-Za-z0-9]+", ""),
                          Set.of(),
                          destinationIndices,
                          weights)));
    }
    categories.sort(
        Comparator.comparingInt(IndicatorCategory::order).thenComparing(IndicatorCategory::key));
    return List.copyOf(categories);
  }

  /**
   * Residents of {@code band} in {@code zone} who use this category: the band's residents when the
   * band is one of the users' (every band for an unknown category), else 0; NaN when the zone has
   * no age bands.
   */
  public double users(Zone zone, AgeBand band) {
    if (!zone.hasAgeBands()) {
      return Double.NaN;
    }
    return userBands.isEmpty() || userBands.contains(band) ? zone.population(band) : 0;
  }

  private int order() {
    return DestinationCategory.fromKey(key).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
  }

  /**
   * Residents who use this category in {@code zone}: the sum of its users' age bands of the zone's
   * census table, or the total population when the zone has no age bands or the category is
   * unknown.
   */
  public double users(Zone zone) {
    Optional<AgeTable> table = zone.ageTable();
    if (userBands.isEmpty() || table.isEmpty()) {
      return zone.totalPopulation();
    }
    double users = 0;
    for (AgeBand band : AgeBand.of(table.get())) {
      if (userBands.contains(band)) {
        users += zone.population(band);
      }
    }
    return users;
  }
}
