package org.ruralaccess.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.BadInputException;

class CsvReaderTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  private Path write(String name, String text, Charset charset) throws IOException {
    return Files.write(dir.resolve(name), text.getBytes(charset));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static List<CsvRow> rows(Path file, CsvEncoding encoding) {
    try (CsvReader csv = CsvReader.open(file, encoding)) {
      return csv.readAll();
    }
  }

  private static String describe(List<CsvRow> rows) {
    StringBuilder text = new StringBuilder();
    for (CsvRow row : rows) {
      text.append(row.line()).append(':').append(String.join("|", row.fields())).append('\n');
    }
    return text.toString();
  }

  @Test
  void dropsTheByteOrderMarkTrimsTheHeaderAndSkipsBlankLinesWithCrlf() throws IOException {
    Path file =
        write(
            "stops.csv",
            "\uFEFFstop_id, stop_name ,stop_lat\r\n"
                + "A,Alpha,50.1\r\n"
                + "\r\n"
                + "   \r\n"
                + "B,Beta,50.2\r\n",
            StandardCharsets.UTF_8);
    try (CsvReader csv = CsvReader.open(file, CsvEncoding.UTF8)) {
      assertEquals(List.of("stop_id", "stop_name", "stop_lat"), csv.header().names());
      assertEquals(1, csv.header().column("stop_name"));
      // lines 3 and 4 are empty and blank: skipped, and the line numbers stay physical
      assertEquals("2:A|Alpha|50.1\n5:B|Beta|50.2\n", describe(csv.readAll()));
      assertEquals(2, csv.rowCount());
    }
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsNameTheirStartingLine() throws IOException {
    Path file =
        write(
            "places.csv",
            "id,name,note\n"
                + "1,\"Station, Town\",\"say \"\"hi\"\"\"\n"
                + "2,\"Two\nline\r\nname\",x\n" // lines 3 to 5
                + "3,Three,y\n", // line 6
            StandardCharsets.UTF_8);
    List<CsvRow> rows = rows(file, CsvEncoding.UTF8);
    assertEquals(List.of("1", "Station, Town", "say \"hi\""), rows.get(0).fields());
    assertEquals("Two\nline\r\nname", rows.get(1).get(1));
    assertEquals(List.of(2L, 3L, 6L), rows.stream().map(CsvRow::line).toList());
    // written back as read: quoted where the file quoted, quotes doubled
    assertEquals("1,\"Station, Town\",\"say \"\"hi\"\"\"", rows.get(0).text());
    assertEquals("3,Three,y", rows.get(2).text());
  }

  @Test
  void lineEndsOfOldMacFilesAreLineEndsToo() throws IOException {
    Path file = write("cr.csv", "a,b\r1,2\r3,4\r", StandardCharsets.UTF_8);
    assertEquals("2:1|2\n3:3|4\n", describe(rows(file, CsvEncoding.UTF8)));
  }

  @Test
  void windows1252PoundIsReadWhereThePolicyAcceptsItAndNamedWhereNot() throws IOException {
    // saved from Excel as "CSV (Comma delimited)": £ is the single byte 0xA3
    Path file = write("fares.csv", "id,fare,name\n1,£2.50,Café\n2,£3,Bus\n", WINDOWS_1252);

    try (CsvReader csv = CsvReader.open(file, CsvEncoding.UTF8_OR_WINDOWS_1252)) {
      List<CsvRow> rows = csv.readAll();
      assertEquals("£2.50", rows.get(0).get(1));
      assertEquals("Café", rows.get(0).get(2));
      assertEquals(WINDOWS_1252, csv.charset());
    }

    BadInputException refused =
        assertThrows(BadInputException.class, () -> rows(file, CsvEncoding.UTF8));
    assertEquals(
        file
            + ", line 2, field 'fare': 0xA3 after '1,' is not UTF-8 text; save the file as UTF-8"
            + " (in Excel: Save As, 'CSV UTF-8 (Comma delimited)')",
        refused.getMessage());
  }

  @Test
  void theSameTextInUtf8IsReadAsUtf8UnderBothPolicies() throws IOException {
    Path file = write("fares.csv", "id,fare\n1,£2.50\n", StandardCharsets.UTF_8);
    for (CsvEncoding encoding : CsvEncoding.values()) {
      try (CsvReader csv = CsvReader.open(file, encoding)) {
        assertEquals("£2.50", csv.readAll().get(0).get(1), encoding.name());
        assertEquals(StandardCharsets.UTF_8, csv.charset());
      }
    }
  }

  @Test
  void aNonUtf8ByteIsNamedOnItsPhysicalLineAfterMultiLineFieldsAndCrlf() throws IOException {
    byte[] start =
        "id,name\r\n1,\"two\r\nlines\"\r\n2,ok\r\n3,Caf".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[start.length + 2];
    System.arraycopy(start, 0, bytes, 0, start.length);
    bytes[start.length] = (byte) 0xE9; // é in Windows-1252, not UTF-8
    bytes[start.length + 1] = '\n';
    Path file = write("names.csv", bytes);
    // line 1 header, 2-3 the quoted field, 4 row 2, 5 row 3 with the bad byte
    BadInputException error =
        assertThrows(BadInputException.class, () -> rows(file, CsvEncoding.UTF8));
    assertTrue(
        error.getMessage().startsWith(file + ", line 5, field 'name': 0xE9 after '3,Caf' is not"),
        error.getMessage());
  }

  @Test
  void bytesThatAreNeitherUtf8NorWindows1252AreRefusedUnderTheLenientPolicy() throws IOException {
    // 0x81 is one of the five bytes Windows-1252 leaves undefined
    Path file = write("odd.csv", new byte[] {'a', '\n', '1', '\n', 'x', (byte) 0x81, '\n'});
    BadInputException error =
        assertThrows(BadInputException.class, () -> rows(file, CsvEncoding.UTF8_OR_WINDOWS_1252));
    assertTrue(
        error
            .getMessage()
            .startsWith(
                file + ", line 3, field 'a': 0x81 after 'x' is neither UTF-8 nor Windows-1252"),
        error.getMessage());
  }

  @Test
  void aUtf8ByteOrderMarkBeforeWindows1252TextIsDroppedToo() throws IOException {
    byte[] text = "id,fare\n1,£1\n".getBytes(WINDOWS_1252);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    Path file = write("bom1252.csv", bytes);
    try (CsvReader csv = CsvReader.open(file, CsvEncoding.UTF8_OR_WINDOWS_1252)) {
      assertEquals(List.of("id", "fare"), csv.header().names());
      assertEquals("£1", csv.readAll().get(0).get(1));
    }
  }

  @Test
  void emptyAndHeaderOnlyFilesAreNamedWhenRowsAreRequired() throws IOException {
    Path empty = write("empty.csv", "", StandardCharsets.UTF_8);
    try (CsvReader csv = CsvReader.open(empty, CsvEncoding.UTF8)) {
      BadInputException error =
          assertThrows(BadInputException.class, () -> csv.requireHeader("a header id,lat,lon"));
      assertEquals(
          empty + ", line 1: empty file; expected a header id,lat,lon", error.getMessage());
    }
    Path headerOnly = write("dest.csv", "id,category,lat,lon\r\n\r\n", StandardCharsets.UTF_8);
    try (CsvReader csv = CsvReader.open(headerOnly, CsvEncoding.UTF8)) {
      csv.requireHeader("a header");
      assertEquals(List.of(), csv.readAll());
      BadInputException error =
          assertThrows(BadInputException.class, () -> csv.requireRows("one row per destination"));
      assertEquals(
          headerOnly + ": the header is the only line; expected one row per destination",
          error.getMessage());
    }
  }

  @Test
  void aMissingColumnNamesFileLineColumnAndHeaderAndAShortRowNamesItsField() throws IOException {
    Path file =
        write(
            "stops.csv",
            "stop_id,stop_lat,stop_lon\nA,50.1,-2.0\nB,50.2\n",
            StandardCharsets.UTF_8);
    try (CsvReader csv = CsvReader.open(file, CsvEncoding.UTF8)) {
      BadInputException missing =
          assertThrows(BadInputException.class, () -> csv.header().requiredColumn("stop_name"));
      assertEquals(
          file
              + ", line 1, field 'stop_name': required column is missing;"
              + " header is stop_id,stop_lat,stop_lon",
          missing.getMessage());
      int lon = csv.header().requiredColumn("stop_lon");
      List<CsvRow> rows = csv.readAll();
      assertEquals("-2.0", rows.get(0).required(lon));
      BadInputException shortRow =
          assertThrows(BadInputException.class, () -> rows.get(1).required(lon));
      assertEquals(
          file + ", line 3, field 'stop_lon': the row ends after 2 fields; the header has 3",
          shortRow.getMessage());
      assertEquals("", rows.get(1).get(lon), "get() of a short row is empty");
    }
  }

  /**
   * Real GIAS line (URN 149557 in the converted extract): a quote was swallowed, so the name's
   * quote closes early and the line ends inside quotes. The rows after it must survive.
   */
  @Test
  void brokenQuotingIsReadLineByLineAndDoesNotSwallowTheNextRows() throws IOException {
    Path file =
        write(
            "gias.csv",
            "urn,la,name,type,phase\n"
                + "1,\"865\",\"St Thomas ,\"Academy converter\",\"Primary\"\n"
                + "2,\"865\",\"Good School\",\"Academy\",\"Primary\"\n"
                + "3,\"865\",\"Next\",\"Academy\",\"Secondary\"\n",
            StandardCharsets.UTF_8);
    List<CsvRow> rows = rows(file, CsvEncoding.UTF8);
    assertEquals(List.of(2L, 3L, 4L), rows.stream().map(CsvRow::line).toList());
    // line 2 read on its own: 1 | 865 | St Thomas ,Academy converter...Primary (the quote after
    // "converter" reopens the field, which the end of the line closes): 3 fields, not the 5 of the
    // header, so the caller sees a malformed row, as the line-by-line readers before did
    assertEquals(3, rows.get(0).size());
    assertEquals(List.of("1", "865"), rows.get(0).fields().subList(0, 2));
    assertTrue(rows.get(0).get(2).startsWith("St Thomas ,Academy converter"));
    assertEquals(List.of("2", "865", "Good School", "Academy", "Primary"), rows.get(1).fields());
    assertEquals("Secondary", rows.get(2).get(4));
  }

  @Test
  void aQuoteLeftOpenUntilTheEndOfTheFileCostsOnlyItsLine() throws IOException {
    Path file = write("open.csv", "a,b\n1,\"x\n2,y\n3,z\n", StandardCharsets.UTF_8);
    assertEquals("2:1|x\n3:2|y\n4:3|z\n", describe(rows(file, CsvEncoding.UTF8)));
  }

  @Test
  void aMultiLineFieldInARowOfTheHeadersWidthIsData() throws IOException {
    Path file = write("notes.csv", "a,b\n1,\"x\n\"\n2,y\n", StandardCharsets.UTF_8);
    assertEquals("2:1|x\n\n4:2|y\n", describe(rows(file, CsvEncoding.UTF8)));
  }

  @Test
  void aFileBrokenOnManyLinesIsRefused() throws IOException {
    StringBuilder text = new StringBuilder("a,b\n");
    for (int i = 0; i <= CsvReader.MAX_RECOVERED_LINES; i++) {
      text.append(i).append(",\"x\"y\n");
    }
    Path file = write("broken.csv", text.toString(), StandardCharsets.UTF_8);
    BadInputException error =
        assertThrows(BadInputException.class, () -> rows(file, CsvEncoding.UTF8));
    // 101 broken lines, lines 2 to 102: the 101st is line 102
    assertEquals(
        file
            + ", line 102: broken quoting on more than 100 lines (the first on line 2): a quote is"
            + " missing or stray; this is not a CSV file as written",
        error.getMessage());
  }

  @Test
  void headerlessInputsReadEveryLineAsARow() throws IOException {
    Path file =
        write(
            "dt.csv",
            "\"DT1 1AA\",10,368730,90722\n\"DT1 1AB\",10,368800,90700\n",
            StandardCharsets.UTF_8);
    try (CsvReader csv = CsvReader.openHeaderless(CsvSource.of(file), CsvEncoding.UTF8)) {
      assertEquals(0, csv.header().size());
      assertFalse(csv.iterator().next().get(0).isEmpty());
    }
    try (CsvReader csv = CsvReader.openHeaderless(CsvSource.of(file), CsvEncoding.UTF8)) {
      assertEquals(
          "1:DT1 1AA|10|368730|90722\n2:DT1 1AB|10|368800|90700\n", describe(csv.readAll()));
    }
  }

  @Test
  void aMissingFileIsNamed() {
    Path file = dir.resolve("nowhere.csv");
    BadInputException error =
        assertThrows(BadInputException.class, () -> rows(file, CsvEncoding.UTF8));
    assertEquals(file + ": file not found", error.getMessage());
  }
}
