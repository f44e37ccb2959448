package org.ruralaccess.ingest.postcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.issue.ImportIssues;

class CodePointReaderTest {

  @TempDir Path dir;

  @Test
  void convertsBritishNationalGridToWgs84() throws Exception {
    // A real Code-Point Open row (OS, 2025-10), a row without a grid reference, and two grid
    // references whose WGS84 positions DfE publishes beside them in GIAS (independent of us):
    // Broadmayne First School (URN 113661) E 373309 N 87225 -> 50.6840621 N, 2.3791710 W;
    // Downlands Community School (URN 113659) E 391974 N 108286 -> 50.8740150 N, 2.1154378 W.
    Path file = dir.resolve("dt.csv");
    Files.writeString(
        file,
        """
        "DT1 1AA",10,368730,90722,"E92000001","E19000002","E18000010","","E06000059","E05012698"
        "ZZ9 9ZZ",90,0,0,"E92000001","","","","",""
        "DT2 8AA",10,373309,87225,"E92000001","","","","",""
        "BH21 1AA",10,391974,108286,"E92000001","","","","",""
        """);
    ImportIssues issues = new ImportIssues();
    PostcodeIndex index = CodePointReader.read(List.of(file), issues);
    assertEquals(3, index.size());
    assertTrue(index.find("dt11aa").isPresent(), "postcodes are normalised");
    Coordinate broadmayne = index.find("DT2 8AA").orElseThrow();
    Coordinate downlands = index.find("BH21  1AA").orElseThrow();
    // the Helmert transform is good to a few metres; postcode centroids need no better
    assertTrue(
        broadmayne.distanceMeters(new Coordinate(50.6840621, -2.3791710)) < 10,
        broadmayne.toString());
    assertTrue(
        downlands.distanceMeters(new Coordinate(50.8740150, -2.1154378)) < 10,
        downlands.toString());
    assertEquals(1, issues.size(), "the postcode without a grid reference is reported");
  }
}
