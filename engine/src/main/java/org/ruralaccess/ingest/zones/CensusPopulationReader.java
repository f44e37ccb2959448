package org.ruralaccess.ingest.zones;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.model.zone.AgeBand;

/**
 * Reads Census 2021 usual residents per zone by the six {@link AgeBand}s: a code column ({@code
 * lsoa21_code}, {@code LSOA21CD}, or Nomis' {@code geography code}) and one column per band headed
 * by {@link AgeBand#censusLabel()} (Nomis' {@code "Age: "} prefix is accepted). A {@code total}
 * column is optional; when present and different from the sum of the bands, the total is kept and a
 * {@code ZONE_POPULATION_TOTAL_MISMATCH} WARNING says so.
 */
final class CensusPopulationReader {

  private CensusPopulationReader() {}

  /** Zone code to {population of each band by ordinal..., total}. */
  static Map<String, double[]> read(Path file, ImportIssues issues) {
    ZoneCsv csv = ZoneCsv.read(file, "population");
    int codeColumn =
        csv.column("zone code", "lsoa21_code", "LSOA21CD", "geography code", "lsoa_code", "code");
    AgeBand[] bands = AgeBand.values();
    int[] bandColumns = new int[bands.length];
    for (AgeBand band : bands) {
      bandColumns[band.ordinal()] =
          csv.column(band.name(), band.censusLabel(), "Age: " + band.censusLabel());
    }
    int totalColumn = csv.findColumn("total", "Total: All usual residents", "Age: Total");
    Map<String, double[]> byCode = new HashMap<>();
    int mismatches = 0;
    String mismatchExample = null;
    for (int row = 0; row < csv.size(); row++) {
      String code = csv.cell(row, codeColumn);
      double[] values = new double[bands.length + 1];
      double sum = 0;
      for (int b = 0; b < bands.length; b++) {
        values[b] = csv.number(row, bandColumns[b]);
        sum += values[b];
      }
      values[bands.length] = totalColumn < 0 ? sum : csv.number(row, totalColumn);
      if (values[bands.length] != sum) {
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
    return byCode;
  }
}
