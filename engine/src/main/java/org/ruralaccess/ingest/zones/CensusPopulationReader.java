package org.ruralaccess.ingest.zones;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.AgeTable;

/**
 * Reads Census 2021 usual residents per zone by age band, in either layout ({@link AgeTable}): a
 * code column ({@code lsoa21_code}, {@code LSOA21CD}, or Nomis' {@code geography code}) and one
 * column per band headed by {@link AgeBand#censusLabel()} (Nomis' {@code "Age: "} prefix is
 * accepted). A table with all eighteen five-year columns of TS007A is read as such (Nomis' bulk
 * file {@code census2021-ts007a-lsoa.csv}: {@code date, geography, geography code, Age: Total, Age:
 * Aged 4 years and under, ...}); otherwise the six bands are required. A {@code total} column is
 * optional; when present and different from the sum of the bands, the total is kept and a {@code
 * ZONE_POPULATION_TOTAL_MISMATCH} WARNING says so.
 */
final class CensusPopulationReader {

  /** Residents per zone: each band by {@link AgeBand} ordinal (NaN outside the table), total. */
  record Population(AgeTable table, Map<String, double[]> byCode) {

    /** The bands of a zone (NaN for the other table's), or null when the zone has no row. */
    double[] bands(String code) {
      double[] row = byCode.get(code);
      return row == null ? null : Arrays.copyOf(row, AgeBand.values().length);
    }

    double total(String code) {
      return byCode.get(code)[AgeBand.values().length];
    }
  }

  private CensusPopulationReader() {}

  static Population read(Path file, ImportIssues issues) {
    ZoneCsv csv = ZoneCsv.read(file, "population");
    int codeColumn =
        csv.column("zone code", "lsoa21_code", "LSOA21CD", "geography code", "lsoa_code", "code");
    AgeTable table = tableOf(csv);
    List<AgeBand> bands = AgeBand.of(table);
    int[] bandColumns = new int[bands.size()];
    for (int b = 0; b < bands.size(); b++) {
      AgeBand band = bands.get(b);
      bandColumns[b] = csv.column(band.name(), band.censusLabel(), "Age: " + band.censusLabel());
    }
    int totalColumn = csv.findColumn("total", "Total: All usual residents", "Age: Total");
    int width = AgeBand.values().length;
    Map<String, double[]> byCode = new HashMap<>();
    int mismatches = 0;
    String mismatchExample = null;
    for (int row = 0; row < csv.size(); row++) {
      String code = csv.cell(row, codeColumn);
      double[] values = new double[width + 1];
      Arrays.fill(values, Double.NaN);
      double sum = 0;
      for (int b = 0; b < bands.size(); b++) {
        values[bands.get(b).ordinal()] = csv.number(row, bandColumns[b]);
        sum += values[bands.get(b).ordinal()];
      }
      values[width] = totalColumn < 0 ? sum : csv.number(row, totalColumn);
      if (values[width] != sum) {
        mismatches++;
        mismatchExample = mismatchExample == null ? code : mismatchExample;
      }
      if (byCode.put(code, values) != null) {
        throw BadInputException.at(
            file.toString(),
            csv.line(row),
            csv.columnName(codeColumn),
            "zone '" + code + "' appears twice; one row per zone expected");
      }
    }
    if (mismatches > 0) {
      issues.add(
          ImportIssue.of(
              Severity.WARNING,
              "ZONE_POPULATION_TOTAL_MISMATCH",
              csv.fileName(),
              0,
              mismatchExample,
              mismatches
                  + " rows have a total different from the sum of the age bands (e.g. "
                  + mismatchExample
                  + "); the total column was used as the zone's population"));
    }
    return new Population(table, byCode);
  }

  /**
   * TS007A when every five-year column is there; a table with some of them but not all is named
   * with the first one missing (a cut-down copy would otherwise be read as six bands and fail on a
   * column the user never meant to supply).
   */
  private static AgeTable tableOf(ZoneCsv csv) {
    List<AgeBand> missing = new ArrayList<>();
    for (AgeBand band : AgeBand.of(AgeTable.FIVE_YEAR)) {
      if (csv.findColumn(band.name(), band.censusLabel(), "Age: " + band.censusLabel()) < 0) {
        missing.add(band);
      }
    }
    int fiveYearColumns = AgeBand.of(AgeTable.FIVE_YEAR).size() - missing.size();
    if (missing.isEmpty()) {
      return AgeTable.FIVE_YEAR;
    }
    // "Aged 4 years and under" and the 5-year bands above 15 never head a six-band table
    if (fiveYearColumns >= 3) {
      AgeBand first = missing.getFirst();
      throw BadInputException.at(
          csv.file().toString(),
          1,
          first.censusLabel(),
          "has "
              + fiveYearColumns
              + " of the 18 five-year age columns of Census table TS007A but not '"
              + first.censusLabel()
              + "' (or 'Age: "
              + first.censusLabel()
              + "'); supply all 18, or the six bands "
              + String.join(
                  ", ",
                  AgeBand.of(AgeTable.SIX_BANDS).stream().map(AgeBand::censusLabel).toList()));
    }
    return AgeTable.SIX_BANDS;
  }
}
