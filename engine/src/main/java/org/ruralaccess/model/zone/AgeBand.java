package org.ruralaccess.model.zone;

import java.util.ArrayList;
import java.util.List;

/**
 * The Census 2021 age bands of the population tables a region may supply: the six bands of the
 * bundled table and the eighteen five-year bands of TS007A. A zone has the bands of one table
 * ({@link Zone#ageTable()}); the others are NaN. Indicators weight each service by the bands that
 * stand in for its users ({@link AgeRange#bands()}).
 */
public enum AgeBand {
  AGE_0_15(AgeTable.SIX_BANDS, 0, 15, "Aged 15 years and under"),
  AGE_16_24(AgeTable.SIX_BANDS, 16, 24, "Aged 16 to 24 years"),
  AGE_25_34(AgeTable.SIX_BANDS, 25, 34, "Aged 25 to 34 years"),
  AGE_35_49(AgeTable.SIX_BANDS, 35, 49, "Aged 35 to 49 years"),
  AGE_50_64(AgeTable.SIX_BANDS, 50, 64, "Aged 50 to 64 years"),
  AGE_65_PLUS(AgeTable.SIX_BANDS, 65, AgeRange.OPEN, "Aged 65 years and over"),
  AGE_0_4(AgeTable.FIVE_YEAR, 0, 4, "Aged 4 years and under"),
  AGE_5_9(AgeTable.FIVE_YEAR, 5, 9, "Aged 5 to 9 years"),
  AGE_10_14(AgeTable.FIVE_YEAR, 10, 14, "Aged 10 to 14 years"),
  AGE_15_19(AgeTable.FIVE_YEAR, 15, 19, "Aged 15 to 19 years"),
  AGE_20_24(AgeTable.FIVE_YEAR, 20, 24, "Aged 20 to 24 years"),
  AGE_25_29(AgeTable.FIVE_YEAR, 25, 29, "Aged 25 to 29 years"),
  AGE_30_34(AgeTable.FIVE_YEAR, 30, 34, "Aged 30 to 34 years"),
  AGE_35_39(AgeTable.FIVE_YEAR, 35, 39, "Aged 35 to 39 years"),
  AGE_40_44(AgeTable.FIVE_YEAR, 40, 44, "Aged 40 to 44 years"),
  AGE_45_49(AgeTable.FIVE_YEAR, 45, 49, "Aged 45 to 49 years"),
  AGE_50_54(AgeTable.FIVE_YEAR, 50, 54, "Aged 50 to 54 years"),
  AGE_55_59(AgeTable.FIVE_YEAR, 55, 59, "Aged 55 to 59 years"),
  AGE_60_64(AgeTable.FIVE_YEAR, 60, 64, "Aged 60 to 64 years"),
  AGE_65_69(AgeTable.FIVE_YEAR, 65, 69, "Aged 65 to 69 years"),
  AGE_70_74(AgeTable.FIVE_YEAR, 70, 74, "Aged 70 to 74 years"),
  AGE_75_79(AgeTable.FIVE_YEAR, 75, 79, "Aged 75 to 79 years"),
  AGE_80_84(AgeTable.FIVE_YEAR, 80, 84, "Aged 80 to 84 years"),
  AGE_85_PLUS(AgeTable.FIVE_YEAR, 85, AgeRange.OPEN, "Aged 85 years and over");

  private final AgeTable table;
  private final int fromYears;
  private final int toYears;
  private final String censusLabel;

  AgeBand(AgeTable table, int fromYears, int toYears, String censusLabel) {
    this.table = table;
    this.fromYears = fromYears;
    this.toYears = toYears;
    this.censusLabel = censusLabel;
  }

  /** The table this band belongs to. */
  public AgeTable table() {
    return table;
  }

  /** The youngest age in the band, in whole years. */
  public int fromYears() {
    return fromYears;
  }

  /** The oldest age in the band, in whole years; {@link AgeRange#OPEN} for "and over". */
  public int toYears() {
    return toYears;
  }

  /** The column heading in the Census 2021 table (Nomis adds {@code "Age: "} in front). */
  public String censusLabel() {
    return censusLabel;
  }

  /** The ages of the band as a range. */
  public AgeRange range() {
    return new AgeRange(fromYears, toYears);
  }

  /** The bands of one table, youngest first. */
  public static List<AgeBand> of(AgeTable table) {
    List<AgeBand> bands = new ArrayList<>();
    for (AgeBand band : values()) {
      if (band.table == table) {
        bands.add(band);
      }
    }
    return List.copyOf(bands);
  }
}
