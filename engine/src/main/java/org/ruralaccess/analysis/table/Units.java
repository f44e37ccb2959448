package org.ruralaccess.analysis.table;

/**
 * The units of result columns, as written in the data dictionaries: one word each, so the same unit
 * reads the same in every table.
 */
public final class Units {

  public static final String MINUTES = "minutes";
  public static final String PERCENT = "percent";
  public static final String PERCENTAGE_POINTS = "percentage points";
  public static final String PEOPLE = "people";
  public static final String COUNT = "count";
  public static final String ZONES = "zones";
  public static final String OPPORTUNITIES = "opportunities";
  public static final String WEIGHTED_OPPORTUNITIES = "weighted opportunities";
  public static final String FLAG = "1 = yes, 0 = no";
  public static final String DECILE = "decile (1 = most deprived 10%)";
  public static final String CLOCK_TIME = "HH:MM:SS";

  private Units() {}
}
