package org.ruralaccess.analysis.indicators;

/**
 * Column naming of the indicator tables: the engine's own readable names ({@code
 * gp_transit_min_minutes}) or the DfT Journey Time Statistics JTS05 names ({@code GPPTt}). The
 * values are the same; only the names (and the category and mode labels in the equity table)
 * differ. See {@link IndicatorColumnNames}.
 */
public enum IndicatorStyle {
  ENGINE,
  JTS
}
