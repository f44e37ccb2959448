package org.ruralaccess.app;

/**
 * The tables a finished run's folder may hold, by the fixed names the writers give them: a face
 * asks for a table by this type, so no name it is sent ever becomes a file name.
 */
public enum RunTable {
  ZONE_INDICATORS("zone_indicators", true, ""),
  RIDER_INDICATORS("rider_indicators", true, ""),
  COMMUNITY_TRANSPORT("community_transport", true, "_change"),
  EQUITY("equity", false, null),
  COMPARISON("comparison", true, "_change"),
  ACCESS_CHANGES("access_changes", false, null);

  private final String baseName;
  private final boolean hasGeometry;
  private final String indicatorSuffix;

  RunTable(String baseName, boolean hasGeometry, String indicatorSuffix) {
    this.baseName = baseName;
    this.hasGeometry = hasGeometry;
    this.indicatorSuffix = indicatorSuffix;
  }

  /** The name of its files without extension, e.g. {@code zone_indicators}. */
  public String baseName() {
    return baseName;
  }

  /** Whether a GeoJSON of the table is written beside its CSV. */
  public boolean hasGeometry() {
    return hasGeometry;
  }

  /**
   * The suffix of its indicator columns ({@code _change}: a comparison's change column), or null
   * for a table without per-zone indicators.
   */
  public String indicatorSuffix() {
    return indicatorSuffix;
  }

  public String csvFile() {
    return baseName + ".csv";
  }

  public String geoJsonFile() {
    return baseName + ".geojson";
  }
}
