package org.ruralaccess.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.testing.TestColumns;

class TableCsvWriterTest {

  @TempDir Path dir;

  static ResultTable indicators() {
    var columns =
        TestColumns.of(
            "lsoa21cd:text",
            "name:text",
            "users:integer",
            "GPPTt:real",
            "GPPT15pct:real",
            "note:text");
    List<Object[]> rows =
        List.of(
            new Object[] {"E01020373", "Dorset 007A", 1234, 12.5, 100.0, null},
            new Object[] {
              "E01020374", "Bridport, North", 5_000_000_000L, 1.0 / 3, Double.NaN, "says \"hi\""
            },
            new Object[] {
              "E01020375", "Sturminster – Öst", 0, 1.005, Double.POSITIVE_INFINITY, "two\nlines"
            },
            new Object[] {"E01020376", "", -7, 12_345_678.9, -0.004, "0.5e-3"});
    return new ResultTable("zone_indicators", columns, rows, null);
  }

  @Test
  void writesRfc4180WithPlainNumbersAndEmptyCellsForNoValue() throws Exception {
    Path file = dir.resolve("zone_indicators.csv");
    TableCsvWriter.write(indicators(), file);
    // 100.0 -> "100"; 1/3 -> "0.33"; NaN, infinity and null -> empty; 1.005 rounds half-up on its
    // decimal form -> "1.01"; 12345678.9 without exponent; -0.004 -> "0" (no "-0"); text that
    // looks like a number stays as written; comma, quote and newline force quotes, "" escapes
    String expected =
        """
        lsoa21cd,name,users,GPPTt,GPPT15pct,note
        E01020373,Dorset 007A,1234,12.5,100,
        E01020374,"Bridport, North",5000000000,0.33,,"says ""hi\"""
        E01020375,Sturminster – Öst,0,1.01,,"two
        lines"
        E01020376,,-7,12345678.9,0,0.5e-3
        """;
    byte[] bytes = Files.readAllBytes(file);
    assertEquals(expected, new String(bytes, StandardCharsets.UTF_8));
    assertEquals('l', bytes[0], "UTF-8 without a byte order mark");
    assertEquals(-1, new String(bytes, StandardCharsets.UTF_8).indexOf('\r'), "\\n line ends");
  }

  @Test
  void sameTableGivesSameBytes() throws Exception {
    Path first = dir.resolve("a.csv");
    Path second = dir.resolve("b.csv");
    TableCsvWriter.write(indicators(), first);
    TableCsvWriter.write(indicators(), second);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
  }

  @Test
  void failedWriteLeavesNoFileAndKeepsThePreviousOne() throws Exception {
    Path file = dir.resolve("zone_indicators.csv");
    // duplicate columns (ignoring case, as Excel and SQLite do) fail when writing
    ResultTable bad =
        new ResultTable(
            "bad",
            TestColumns.of("id:text", "ID:integer"),
            List.of(new Object[] {"a", 1}, new Object[] {"b", 2}),
            null);
    assertThrows(IllegalArgumentException.class, () -> TableCsvWriter.write(bad, file));
    assertEquals(List.of(), listing(), "no file, no temporary left");

    Files.writeString(file, "previous run\n");
    assertThrows(IllegalArgumentException.class, () -> TableCsvWriter.write(bad, file));
    assertEquals("previous run\n", Files.readString(file));
    assertEquals(List.of("zone_indicators.csv"), listing());
  }

  @Test
  void rejectsDuplicateColumns() throws Exception {
    ResultTable table =
        new ResultTable(
            "t",
            TestColumns.of("id:integer", "ID:integer"),
            List.<Object[]>of(new Object[] {1, 2}),
            null);
    assertThrows(
        IllegalArgumentException.class, () -> TableCsvWriter.write(table, dir.resolve("t.csv")));
    assertEquals(List.of(), listing());
  }

  private List<String> listing() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
