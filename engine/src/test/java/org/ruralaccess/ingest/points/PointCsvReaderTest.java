package org.ruralaccess.ingest.points;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.point.PointSet;

/** Point files (origins, destinations, opportunities): what is read and what is refused. */
class PointCsvReaderTest {

  @TempDir Path dir;

  @Test
  void excelSavedPointsWithQuotedNamesAreRead() throws Exception {
    // Windows-1252 (é is 0xE9), CRLF, a name with a comma and one over two lines, a BOM-less
    // header with stray spaces; the name column is text, so it is not a value
    Path file = dir.resolve("points.csv");
    Files.write(
        file,
        (" id ,name,lat,lon,jobs\r\n"
                + "a,\"Caf\u00e9, Dorchester\",50.71,-2.44,12\r\n"
                + "b,\"Two\r\nlines\",50.72,-2.45,\r\n")
            .getBytes(Charset.forName("windows-1252")));
    PointSet points = PointCsvReader.read(file);
    assertEquals(List.of("a", "b"), points.ids());
    assertArrayEquals(new double[] {50.71, 50.72}, points.lats());
    assertEquals(List.of("jobs"), List.copyOf(points.values().keySet()));
    assertArrayEquals(new double[] {12, 0}, points.values().get("jobs"), "empty cells are 0");
  }

  @Test
  void badPointFilesNameFileLineAndField() throws Exception {
    assertEquals(
        dir.resolve("empty.csv") + ", line 1: empty file; expected a header id,lat,lon",
        failure("empty.csv", ""));
    assertEquals(
        dir.resolve("header.csv")
            + ": the header is the only line; expected one row per point:"
            + " id,lat,lon",
        failure("header.csv", "id,lat,lon\n"));
    assertEquals(
        dir.resolve("nolon.csv")
            + ", line 1, field 'lon': missing column 'lon'; expected a header with id,lat,lon"
            + " (WGS84), found: id,lat,lng",
        failure("nolon.csv", "id,lat,lng\na,50,-2\n"));
    // b's quoted id spans lines 3 and 4, so c is on line 5
    assertEquals(
        dir.resolve("twice.csv") + ", line 5, field 'id': id 'a' appears twice; ids must be unique",
        failure("twice.csv", "id,lat,lon\na,50,-2\n\"b\n\",50,-2\na,50,-2\n"));
    assertEquals(
        dir.resolve("short.csv") + ", line 3: has 2 fields; the header has 3",
        failure("short.csv", "id,lat,lon\na,50,-2\nb,50\n"));
  }

  private String failure(String name, String text) throws Exception {
    Path file = Files.writeString(dir.resolve(name), text);
    return assertThrows(BadInputException.class, () -> PointCsvReader.read(file)).getMessage();
  }
}
