package org.ruralaccess.model.zone;

/**
 * The layout of a Census 2021 population-by-age table. A region supplies one of them; each zone's
 * {@link AgeBand}s come from it, and every user group (colleges' 16-19s, older riders' 60+) is
 * counted with the bands of that table that stand in for it best (see {@link AgeRange#proxy}).
 */
public enum AgeTable {
  /**
   * Six bands: 0-15, 16-24, 25-34, 35-49, 50-64, 65+ (the bundled Dorset and BCP table, derived
   * from Census 2021 usual residents).
   */
  SIX_BANDS("six age bands"),
  /** Eighteen five-year bands, 0-4 ... 80-84, 85+: Census 2021 table TS007A. */
  FIVE_YEAR("five-year age bands (TS007A)");

  private final String description;

  AgeTable(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
