package org.ruralaccess.ingest.zones;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ruralaccess.testing.RepoFiles;

/**
 * regions/dorset/zones holds copies and row-filtered copies of the published files (see its
 * README): checked against the full files where they are on this machine (/work/shared/data), else
 * skipped.
 */
class DorsetZoneDataTest {

  private static final Path ZONES = RepoFiles.resolve("regions/dorset/zones");
  private static final Path SHARED = Path.of("/work/shared/data");

  @Test
  void copiesAreByteForByte() throws IOException {
    assumeTrue(Files.isDirectory(SHARED), "the full source files are not on this machine");
    same("lsoa/lsoa_boundaries_E06000059.geojson", "lsoa21_boundaries_dorset.geojson");
    same("lsoa/lsoa_boundaries_E06000058.geojson", "lsoa21_boundaries_bcp.geojson");
    same("postcodes/codepoint_open_2025-10_dt.csv", "codepoint_dt.csv");
    same("postcodes/codepoint_open_2025-10_bh.csv", "codepoint_bh.csv");
  }

  @Test
  void filteredFilesKeepTheHeaderAndOnlySourceRows() throws IOException {
    assumeTrue(Files.isDirectory(SHARED), "the full source files are not on this machine");
    subset(
        "lsoa/census2021_lsoa21_usual_residents_by_age6_EW.csv",
        "census2021_age6_dorset_bcp.csv",
        464); // header + 463 LSOAs
    subset("lsoa/iod2019_lsoa11_england.csv", "iod2019_lsoa11_dorset_bcp.csv", 453);
    Set<String> other = new HashSet<>();
    for (String area : List.of("sp", "ba", "ta", "ex")) {
      other.addAll(
          Files.readAllLines(SHARED.resolve("postcodes/codepoint_open_2025-10_" + area + ".csv")));
    }
    List<String> kept = Files.readAllLines(ZONES.resolve("codepoint_sp_ba_ta_ex_dorset_bcp.csv"));
    assertTrue(other.containsAll(kept));
    long dorsetOrBcp =
        other.stream()
            .filter(l -> l.contains("\"E06000059\"") || l.contains("\"E06000058\""))
            .count();
    assertEquals(dorsetOrBcp, kept.size());
  }

  private static void same(String source, String copy) throws IOException {
    assertArrayEquals(
        Files.readAllBytes(SHARED.resolve(source)), Files.readAllBytes(ZONES.resolve(copy)), copy);
  }

  private static void subset(String source, String copy, int lines) throws IOException {
    List<String> all = Files.readAllLines(SHARED.resolve(source));
    List<String> kept = Files.readAllLines(ZONES.resolve(copy));
    assertEquals(all.getFirst(), kept.getFirst(), "same header");
    assertTrue(new HashSet<>(all).containsAll(kept), copy);
    assertEquals(lines, kept.size(), copy);
  }
}
