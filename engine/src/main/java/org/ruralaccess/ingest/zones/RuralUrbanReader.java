package org.ruralaccess.ingest.zones;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.zone.Ruc21Class;

/**
 * Reads an urban/rural class per zone, in one of two forms.
 *
 * <ul>
 *   <li>The ONS 2021 Rural Urban Classification of LSOAs as published ({@code LSOA21CD, LSOA21NM,
 *       RUC21CD, RUC21NM, Urban_rural_flag}; the Open Geography Portal's CSV may add {@code
 *       LSOA21NMW} and {@code ObjectId}): recognised by its {@code RUC21CD} column. Each zone keeps
 *       its code ({@link Ruc21Class}, e.g. {@code RSF1}); {@code RUC21NM} and {@code
 *       Urban_rural_flag}, when present, must agree with the code (a file whose columns slipped is
 *       refused rather than misread).
 *   <li>Anything else with a code column ({@code code}, {@code LSOA21CD}, {@code lsoa21_code}) and
 *       a class column ({@code class}, ONS {@code RUC11}, {@code RUC11CD}, {@code ruralurban}):
 *       {@code urban}, {@code rural}, an ONS rural-urban name (starting "Urban", or containing
 *       "rural") or an ONS 2011 code, A1-C2 (urban) and D1-E2 (rural); kept as {@code urban} or
 *       {@code rural}.
 * </ul>
 *
 * Anything else, and a zone given twice, stops the read naming file, line and field.
 */
final class RuralUrbanReader {

  private RuralUrbanReader() {}

  static Map<String, String> read(Path file) {
    ZoneCsv csv = ZoneCsv.read(file, "rural-urban classification");
    int code = csv.column("zone code", "code", "LSOA21CD", "lsoa21_code", "LSOA11CD");
    int ruc21 = csv.findColumn("RUC21CD");
    Map<String, String> byCode = new HashMap<>();
    if (ruc21 >= 0) {
      int name = csv.findColumn("RUC21NM");
      int flag = csv.findColumn("Urban_rural_flag", "Urban_rura");
      for (int row = 0; row < csv.size(); row++) {
        put(csv, row, code, byCode, ruc21Class(csv, row, ruc21, name, flag).code());
      }
      return byCode;
    }
    int classColumn = csv.column("class", "class", "RUC21NM", "RUC11", "RUC11CD", "ruralurban");
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
      put(csv, row, code, byCode, ruralUrban);
    }
    return byCode;
  }

  private static Ruc21Class ruc21Class(ZoneCsv csv, int row, int codeColumn, int name, int flag) {
    String text = csv.cell(row, codeColumn);
    Optional<Ruc21Class> found = Ruc21Class.fromCode(text.toUpperCase(Locale.ROOT));
    if (found.isEmpty()) {
      throw bad(
          csv,
          row,
          codeColumn,
          "'"
              + text
              + "' is not an ONS 2021 rural-urban code; expected UN1, UF1, RLN1, RLF1,"
              + " RSN1 or RSF1");
    }
    Ruc21Class ruc = found.get();
    if (name >= 0 && !sameWords(csv.cell(row, name), ruc.onsName())) {
      throw bad(
          csv,
          row,
          name,
          "'"
              + csv.cell(row, name)
              + "' is not the name of "
              + ruc.code()
              + " ('"
              + ruc.onsName()
              + "'); are the columns in the published order?");
    }
    if (flag >= 0 && !csv.cell(row, flag).equalsIgnoreCase(ruc.flag())) {
      throw bad(
          csv,
          row,
          flag,
          "'"
              + csv.cell(row, flag)
              + "' disagrees with "
              + ruc.code()
              + ", which is "
              + ruc.flag());
    }
    return ruc;
  }

  /** ONS and DfT capitalise the names differently ("Larger rural", "Larger Rural"). */
  private static boolean sameWords(String a, String b) {
    return a.replaceAll("\\s+", " ").trim().equalsIgnoreCase(b);
  }

  private static void put(
      ZoneCsv csv, int row, int codeColumn, Map<String, String> byCode, String value) {
    String zone = csv.cell(row, codeColumn);
    if (byCode.put(zone, value) != null) {
      throw bad(
          csv, row, codeColumn, "zone '" + zone + "' appears twice; one row per zone expected");
    }
  }

  private static BadInputException bad(ZoneCsv csv, int row, int column, String what) {
    return BadInputException.at(csv.file().toString(), csv.line(row), csv.columnName(column), what);
  }
}
