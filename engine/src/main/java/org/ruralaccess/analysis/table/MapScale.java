package org.ruralaccess.analysis.table;

/**
 * How a map should colour a column, so a GIS opens the main layers ready to read: travel times on a
 * sequential scale in minutes, shares of users from 0 to 100 %, and changes on a diverging scale
 * centred on no change. The writers turn these into styles (QGIS layer styles in the GeoPackage).
 */
public enum MapScale {
  /** Not styled. */
  NONE,
  /** Minutes to the nearest destination: short is good; empty means not reached. */
  TRAVEL_TIME,
  /** A share of users from 0 to 100: high is good. */
  PERCENT,
  /** A change in minutes (scenario minus baseline): negative is good (faster). */
  TRAVEL_TIME_CHANGE,
  /** A change in percentage points: positive is good. */
  PERCENT_CHANGE
}
