package org.ruralaccess.analysis.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.DestinationCategory;

/**
 * Reads a finished table's header back into indicators (category, mode, measure, cutoff), by naming
 * every candidate with {@link IndicatorColumnNames}, the one place names are made, and keeping
 * those present: a face can offer "% of users within 30 minutes of a GP by transit" without knowing
 * the naming rules, and a renamed column can never be misread.
 */
public final class IndicatorColumnCatalogue {

  /** What a column measures, and its unit. */
  public enum Measure {
    MIN_TIME("minutes"),
    PERCENT_USERS("% of users"),
    CAPPED_COUNT("destinations (capped)"),
    COUNT("destinations"),
    OPPORTUNITIES("opportunities"),
    GRAVITY("opportunities, weighted by travel time");

    private final String unit;

    Measure(String unit) {
      this.unit = unit;
    }

    public String unit() {
      return unit;
    }

    public boolean hasCutoff() {
      return this != MIN_TIME && this != GRAVITY;
    }
  }

  /**
   * One indicator column.
   *
   * @param name the column's name without the table's suffix ({@code _change} in a comparison)
   * @param category the category's engine key ({@code gp}, {@code jobs})
   * @param cutoffMinutes the cutoff of a count or share; 0 for minimum times and gravity
   */
  public record Column(
      String name, String category, TravelMode mode, Measure measure, int cutoffMinutes) {}

  private static final List<String> ENGINE_MODES =
      List.of("_transit_", "_walk_", "_bike_", "_car_");

  private IndicatorColumnCatalogue() {}

  /**
   * The indicator columns of a table, in header order.
   *
   * @param header the table's column names
   * @param suffix appended to every indicator name in this table: {@code ""} for zone and rider
   *     tables, {@code "_change"} to list a comparison's indicators by their change column
   * @param cutoffsMinutes the run's cutoffs (its {@code run.json} parameters)
   */
  public static List<Column> of(List<String> header, String suffix, int[] cutoffsMinutes) {
    // LSOA21CD heads both styles when the zones are LSOAs: the style is the one whose names match
    List<Column> engine = of(header, suffix, cutoffsMinutes, IndicatorStyle.ENGINE);
    List<Column> jts = of(header, suffix, cutoffsMinutes, IndicatorStyle.JTS);
    return jts.size() > engine.size() ? jts : engine;
  }

  private static List<Column> of(
      List<String> header, String suffix, int[] cutoffsMinutes, IndicatorStyle style) {
    Map<String, Column> byName = new LinkedHashMap<>();
    for (IndicatorCategory category : candidateCategories(header)) {
      for (TravelMode mode : IndicatorColumnNames.MODE_ORDER) {
        for (Measure measure : Measure.values()) {
          for (int cutoff : measure.hasCutoff() ? cutoffsMinutes : new int[] {0}) {
            String name = name(style, category, mode, measure, cutoff);
            byName.putIfAbsent(
                name + suffix, new Column(name, category.key(), mode, measure, cutoff));
          }
        }
      }
    }
    List<Column> found = new ArrayList<>();
    for (String column : header) {
      Column indicator = byName.get(column);
      if (indicator != null) {
        found.add(indicator);
      }
    }
    return found;
  }

  private static String name(
      IndicatorStyle style, IndicatorCategory c, TravelMode m, Measure measure, int cutoff) {
    return switch (measure) {
      case MIN_TIME -> IndicatorColumnNames.minTime(style, c, m);
      case PERCENT_USERS -> IndicatorColumnNames.percentUsers(style, c, m, cutoff);
      case CAPPED_COUNT -> IndicatorColumnNames.cappedCount(style, c, m, cutoff);
      case COUNT -> IndicatorColumnNames.count(style, c, m, cutoff);
      case OPPORTUNITIES -> IndicatorColumnNames.opportunities(style, c, m, cutoff);
      case GRAVITY -> IndicatorColumnNames.gravity(style, c, m);
    };
  }

  /**
   * The categories the engine knows, and those a header shows: in the engine style the part before
   * {@code _transit_} (or another mode), in the JTS style the part before {@code _pop}.
   */
  private static List<IndicatorCategory> candidateCategories(List<String> header) {
    Map<String, IndicatorCategory> categories = new LinkedHashMap<>();
    for (DestinationCategory known : DestinationCategory.values()) {
      categories.put(known.key(), category(known.key(), known.jtsCode()));
    }
    for (String column : header) {
      for (String mode : ENGINE_MODES) {
        int at = column.indexOf(mode);
        if (at > 0) {
          String key = column.substring(0, at);
          categories.putIfAbsent(key, category(key, key.replaceAll("[^A-Za-z0-9]+", "")));
        }
      }
      if (column.endsWith("_pop")) {
        String jtsCode = column.substring(0, column.length() - "_pop".length());
        boolean known = categories.values().stream().anyMatch(c -> c.jtsCode().equals(jtsCode));
        if (!known) {
          String key = jtsCode.toLowerCase(Locale.ROOT);
          categories.putIfAbsent(key, category(key, jtsCode));
        }
      }
    }
    return List.copyOf(categories.values());
  }

  private static IndicatorCategory category(String key, String jtsCode) {
    return new IndicatorCategory(key, jtsCode, Set.of(), new int[0], new double[0]);
  }
}
