package org.ruralaccess.ingest.zones;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.ruralaccess.model.issue.ImportIssues;

/**
 * Makes {@code regions/dorset/zones/} from the full published files (run by hand, see the README
 * there): copies the boundaries and Code-Point Open areas DT and BH as they are, keeps only the
 * rows of the Dorset and BCP LSOAs from the census and IoD tables, and derives the LSOA 2021 to
 * 2011 lookup from polygon overlap (the drkane lookup's lsoa11cd column repeats the 2021 code, so
 * it cannot map the changed LSOAs).
 *
 * <p>Usage: {@code DorsetZoneDataMaker <shared data dir> <output dir>}.
 */
public final class DorsetZoneDataMaker {

  /** A 2011 LSOA is a parent of a 2021 LSOA when half of either lies in the other. */
  static final double PARENT_SHARE = 0.5;

  private DorsetZoneDataMaker() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    Path lsoa = data.resolve("lsoa");
    copy(
        lsoa.resolve("lsoa_boundaries_E06000059.geojson"), out, "lsoa21_boundaries_dorset.geojson");
    copy(lsoa.resolve("lsoa_boundaries_E06000058.geojson"), out, "lsoa21_boundaries_bcp.geojson");
    copy(data.resolve("postcodes/codepoint_open_2025-10_dt.csv"), out, "codepoint_dt.csv");
    copy(data.resolve("postcodes/codepoint_open_2025-10_bh.csv"), out, "codepoint_bh.csv");
    // North Dorset lies partly in postcode areas SP, BA, TA and EX: their Dorset and BCP rows
    // (Code-Point's admin district column, the 9th) go in one more file.
    StringBuilder other = new StringBuilder();
    for (String area : List.of("sp", "ba", "ta", "ex")) {
      for (String row :
          Files.readAllLines(data.resolve("postcodes/codepoint_open_2025-10_" + area + ".csv"))) {
        String district = org.ruralaccess.support.CsvReader.fields(row).get(8);
        if (district.equals("E06000059") || district.equals("E06000058")) {
          other.append(row).append('\n');
        }
      }
    }
    Files.writeString(out.resolve("codepoint_sp_ba_ta_ex_dorset_bcp.csv"), other);

    ImportIssues issues = new ImportIssues();
    List<BoundaryFeature> lsoa21 = new ArrayList<>();
    List<BoundaryFeature> lsoa11 = new ArrayList<>();
    for (String lad : List.of("E06000059", "E06000058")) {
      lsoa21.addAll(
          GeoJsonBoundaryReader.read(
              lsoa.resolve("lsoa_boundaries_" + lad + ".geojson"),
              "LSOA21CD",
              "LSOA21NM",
              null,
              issues));
      lsoa11.addAll(
          GeoJsonBoundaryReader.read(
              lsoa.resolve("lsoa11_boundaries_" + lad + ".geojson"),
              "LSOA11CD",
              "LSOA11NM",
              null,
              issues));
    }
    Set<String> codes21 = new TreeSet<>();
    lsoa21.forEach(f -> codes21.add(f.code()));
    filter(
        lsoa.resolve("census2021_lsoa21_usual_residents_by_age6_EW.csv"),
        out.resolve("census2021_age6_dorset_bcp.csv"),
        row -> codes21.contains(firstField(row)));
    Set<String> parents =
        writeLookup(lsoa21, lsoa11, out.resolve("lsoa21_to_lsoa11_dorset_bcp.csv"));
    filter(
        lsoa.resolve("iod2019_lsoa11_england.csv"),
        out.resolve("iod2019_lsoa11_dorset_bcp.csv"),
        row -> parents.contains(firstField(row)));
    System.out.println(
        codes21.size() + " LSOA21, " + parents.size() + " LSOA11 parents; " + issues.sorted());
  }

  /** Writes ONS-style lookup rows (LSOA11CD,LSOA11NM,LSOA21CD,LSOA21NM,CHGIND); returns parents. */
  static Set<String> writeLookup(
      List<BoundaryFeature> lsoa21, List<BoundaryFeature> lsoa11, Path file) throws IOException {
    STRtree tree = new STRtree();
    lsoa11.forEach(f -> tree.insert(f.geometry().getEnvelopeInternal(), f));
    Map<String, List<BoundaryFeature>> parentsOf = new TreeMap<>();
    Map<String, Integer> childCount = new TreeMap<>();
    Map<String, String> names21 = new TreeMap<>();
    for (BoundaryFeature child : lsoa21) {
      names21.put(child.code(), child.name());
      Geometry area = child.geometry();
      List<BoundaryFeature> parents = new ArrayList<>();
      for (Object candidate : tree.query(area.getEnvelopeInternal())) {
        BoundaryFeature parent = (BoundaryFeature) candidate;
        double overlap = area.intersection(parent.geometry()).getArea();
        if (overlap >= PARENT_SHARE * area.getArea()
            || overlap >= PARENT_SHARE * parent.geometry().getArea()) {
          parents.add(parent);
        }
      }
      parents.sort((a, b) -> a.code().compareTo(b.code()));
      parentsOf.put(child.code(), parents);
      parents.forEach(p -> childCount.merge(p.code(), 1, Integer::sum));
    }
    StringBuilder csv = new StringBuilder("LSOA11CD,LSOA11NM,LSOA21CD,LSOA21NM,CHGIND\n");
    Set<String> used = new TreeSet<>();
    parentsOf.forEach(
        (code, parents) -> {
          for (BoundaryFeature parent : parents) {
            String change;
            if (parents.size() == 1 && childCount.get(parent.code()) == 1) {
              change = parent.code().equals(code) ? "U" : "X";
            } else if (parents.size() == 1) {
              change = "S";
            } else {
              change = parents.stream().allMatch(p -> childCount.get(p.code()) == 1) ? "M" : "X";
            }
            csv.append(
                    String.join(
                        ",",
                        parent.code(),
                        quote(parent.name()),
                        code,
                        quote(names21.get(code)),
                        change))
                .append('\n');
            used.add(parent.code());
          }
          if (parents.isEmpty()) {
            System.out.println("no parent for " + code);
          }
        });
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return used;
  }

  private static String quote(String field) {
    return field.contains(",") ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  private static void copy(Path from, Path dir, String name) throws IOException {
    Files.write(dir.resolve(name), Files.readAllBytes(from));
  }

  private static String firstField(String row) {
    return org.ruralaccess.support.CsvReader.fields(row).getFirst().trim();
  }

  /** Keeps the header and the rows that pass, byte for byte (line endings as \n). */
  private static void filter(Path from, Path to, Predicate<String> keep) throws IOException {
    List<String> lines = Files.readAllLines(from, StandardCharsets.UTF_8);
    StringBuilder kept = new StringBuilder(lines.getFirst()).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      if (keep.test(line)) {
        kept.append(line).append('\n');
      }
    }
    Files.writeString(to, kept, StandardCharsets.UTF_8);
  }
}
