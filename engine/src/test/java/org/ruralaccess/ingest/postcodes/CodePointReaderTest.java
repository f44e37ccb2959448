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

  @Test
  void badFilesNameFileLineAndField() throws Exception {
    // Windows line ends are fine; a 0-byte file, a short row, letters in a grid reference and a
    // byte that is not UTF-8 are named with the file and line
    Path crlf = dir.resolve("crlf.csv");
    Files.writeString(crlf, "\"DT1 1AA\",10,368730,90722,\"E92000001\"\r\n\r\n");
    assertEquals(1, CodePointReader.read(List.of(crlf), new ImportIssues()).size());

    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    assertEquals(
        empty
            + ": empty file; expected Code-Point Open rows (postcode, quality, eastings,"
            + " northings, ...)",
        failure(empty));

    Path shortRow = Files.writeString(dir.resolve("short.csv"), "\"DT1 1AA\",10,368730\n");
    assertEquals(
        shortRow
            + ", line 1: has 3 fields; Code-Point Open rows have postcode, quality, eastings,"
            + " northings, ...",
        failure(shortRow));

    Path letters =
        Files.writeString(
            dir.resolve("letters.csv"), "\"DT1 1AA\",10,368730,90722\n\"DT1 1AB\",10,E3,90722\n");
    assertEquals(
        letters + ", line 2, field 'Eastings': 'E3' is not a whole number", failure(letters));

    Path latin1 = dir.resolve("latin1.csv");
    Files.write(
        latin1, "\"DT1 1AA\",10,368730,90722\n\"DT1 1A\u00c9\",10,1,2\n".getBytes("ISO-8859-1"));
    assertTrue(
        failure(latin1).startsWith(latin1 + ", line 2: 0xC9 after '\"DT1 1A' is not UTF-8 text"),
        failure(latin1));
  }

  private static String failure(Path file) {
    return org.junit.jupiter.api.Assertions.assertThrows(
            org.ruralaccess.model.BadInputException.class,
            () -> CodePointReader.read(List.of(file), new ImportIssues()))
        .getMessage();
  }
}
