package org.ruralaccess.model.zone;

/**
 * The Census 2021 age bands of the population table (TS007A-style six bands). Indicators weight
 * each service by the bands of its users.
 */
public enum AgeBand {
  AGE_0_15("Aged 15 years and under"),
  AGE_16_24("Aged 16 to 24 years"),
  AGE_25_34("Aged 25 to 34 years"),
  AGE_35_49("Aged 35 to 49 years"),
  AGE_50_64("Aged 50 to 64 years"),
  AGE_65_PLUS("Aged 65 years and over");

  private final String censusLabel;

  AgeBand(String censusLabel) {
    this.censusLabel = censusLabel;
  }

  /** The column heading in the Census 2021 table. */
  public String censusLabel() {
    return censusLabel;
  }
}
