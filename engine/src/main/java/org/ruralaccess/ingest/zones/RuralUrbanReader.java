package org.ruralaccess.ingest.zones;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ruralaccess.model.BadInputException;

/**
 * Reads an urban/rural class per zone: a code column ({@code code}, {@code LSOA21CD}, {@code
 * lsoa21_code}) and a class column ({@code class}, ONS {@code RUC21NM}/{@code RUC11}, {@code
 * RUC21CD}/{@code RUC11CD}). Accepted classes: {@code urban}, {@code rural}, any ONS rural-urban
 * name (starting "Urban", or containing "rural"), and the ONS 2011 codes A1-C2 (urban) and D1-E2
 * (rural). Anything else stops the read.
 */
final class RuralUrbanReader {

  private RuralUrbanReader() {}

  static Map<String, String> read(Path file) {
    ZoneCsv csv = ZoneCsv.read(file, "rural-urban classification");
    int code = csv.column("zone code", "code", "LSOA21CD", "lsoa21_code", "LSOA11CD");
    int classColumn =
        csv.column("class", "class", "RUC21NM", "RUC11", "RUC21CD", "RUC11CD", "ruralurban");
    Map<String, String> byCode = new HashMap<>();
    for (int row = 0; row < csv.size(); row++) {
      String text = csv.cell(row, classColumn);
      String lower = text.toLowerCase(Locale.ROOT);
      String ruralUrban;
      if (lower.startsWith("urban") || lower.matches("[abc][0-9]")) {
        ruralUrban = "urban";
      } else if (lower.contains("rural") || lower.matches("[de][0-9]")) {
        ruralUrban = "rural";
      } else {
        throw BadInputException.at(
            file.toString(),
            csv.line(row),
            csv.columnName(classColumn),
            "'" + text + "' is neither urban nor rural (nor an ONS rural-urban name or code)");
      }
      byCode.put(csv.cell(row, code), ruralUrban);
    }
    return byCode;
  }
}
