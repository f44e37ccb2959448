package org.ruralaccess.ingest.zones;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;

/**
 * IMD 2019 deciles (published for 2011 LSOAs) for 2021 zones. Each zone's 2011 parents come from
 * the lookup (one row per LSOA 2011 / LSOA 2021 pair, as ONS publishes it); a zone absent from the
 * lookup keeps its own code, which is right for the unchanged LSOAs (ONS kept their codes). A zone
 * split from one 2011 LSOA inherits that parent's decile; a zone merged from several takes the most
 * deprived (lowest) parent decile, because no 2011 population per LSOA is at hand to weight by, and
 * an equity table should not average a deprived pocket away. Zones with no parent in the IoD file
 * get decile 0, reported in one {@code ZONE_DEPRIVATION_UNMAPPED} WARNING with count and examples.
 */
final class DeprivationReader {

  private DeprivationReader() {}

  static Map<String, Integer> deciles(
      Collection<String> zoneCodes, Path iod, Path lookup, ImportIssues issues) {
    Map<String, Integer> decileByLsoa11 = readIod(iod);
    Map<String, List<String>> parents = lookup == null ? Map.of() : readLookup(lookup);
    Map<String, Integer> byZone = new HashMap<>();
    List<String> unmapped = new ArrayList<>();
    int merged = 0;
    int renamed = 0;
    for (String zone : zoneCodes) {
      List<String> zoneParents = parents.getOrDefault(zone, List.of(zone));
      int decile = 0;
      for (String parent : zoneParents) {
        int parentDecile = decileByLsoa11.getOrDefault(parent, 0);
        if (parentDecile > 0 && (decile == 0 || parentDecile < decile)) {
          decile = parentDecile;
        }
      }
      if (decile == 0) {
        unmapped.add(zone);
      } else if (zoneParents.size() > 1) {
        merged++;
      } else if (!zoneParents.getFirst().equals(zone)) {
        renamed++;
      }
      byZone.put(zone, decile);
    }
    String file = iod.getFileName().toString();
    if (merged + renamed > 0) {
      issues.add(
          ImportIssue.of(
              Severity.INFO,
              "ZONE_DEPRIVATION_FROM_2011_PARENT",
              file,
              0,
              null,
              renamed
                  + " zones took the IMD decile of the one 2011 LSOA they came from (split or"
                  + " recoded); "
                  + merged
                  + " merged zones took the most deprived decile of their 2011 LSOAs"));
    }
    if (!unmapped.isEmpty()) {
      unmapped.sort(null);
      issues.add(
          ImportIssue.of(
              Severity.WARNING,
              "ZONE_DEPRIVATION_UNMAPPED",
              file,
              0,
              unmapped.getFirst(),
              unmapped.size()
                  + " zones have no IMD 2019 decile (no 2011 LSOA in the lookup or the IoD"
                  + " file), decile 0, e.g. "
                  + String.join(", ", unmapped.subList(0, Math.min(5, unmapped.size())))));
    }
    return byZone;
  }

  private static Map<String, Integer> readIod(Path file) {
    ZoneCsv csv = ZoneCsv.read(file, "deprivation");
    int code = csv.column("LSOA 2011 code", "lsoa11_code", "LSOA code (2011)", "LSOA11CD");
    int decileColumn =
        csv.column(
            "IMD decile",
            "index_of_multiple_deprivation_imd_decile",
            "Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)");
    Map<String, Integer> deciles = new HashMap<>();
    for (int row = 0; row < csv.size(); row++) {
      String text = csv.cell(row, decileColumn);
      int decile;
      try {
        decile = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        decile = -1;
      }
      if (decile < 1 || decile > 10) {
        throw BadInputException.at(
            file.toString(),
            csv.line(row),
            csv.columnName(decileColumn),
            "'" + text + "' is not a decile from 1 to 10");
      }
      deciles.put(csv.cell(row, code), decile);
    }
    return deciles;
  }

  /** LSOA 2021 code to its 2011 parents, sorted. */
  private static Map<String, List<String>> readLookup(Path file) {
    ZoneCsv csv = ZoneCsv.read(file, "LSOA 2021 to 2011 lookup");
    int lsoa21 = csv.column("LSOA 2021 code", "LSOA21CD", "lsoa21_code", "LSOACD");
    int lsoa11 = csv.column("LSOA 2011 code", "LSOA11CD", "lsoa11_code");
    Map<String, List<String>> parents = new TreeMap<>();
    for (int row = 0; row < csv.size(); row++) {
      String parent = csv.cell(row, lsoa11);
      if (!parent.isEmpty()) {
        parents.computeIfAbsent(csv.cell(row, lsoa21), k -> new ArrayList<>()).add(parent);
      }
    }
    parents.values().forEach(list -> list.sort(null));
    return parents;
  }
}
