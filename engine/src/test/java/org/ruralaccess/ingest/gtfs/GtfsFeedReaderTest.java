package org.ruralaccess.ingest.gtfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;

/** Unusable input stops with a message naming file, line and field; duplicates are warnings. */
class GtfsFeedReaderTest {

  @TempDir Path tmp;

  @Test
  void missingPathIsNamed() {
    Path missing = tmp.resolve("nope.zip");
    String message = readFails(missing);
    assertTrue(message.contains("nope.zip") && message.contains("not found"), message);
  }

  @Test
  void randomBytesNamedZipAreACorruptArchive() throws IOException {
    byte[] noise = new byte[2048];
    new Random(42).nextBytes(noise);
    Path corrupt = Files.write(tmp.resolve("corrupt.zip"), noise);
    String message = readFails(corrupt);
    assertTrue(message.startsWith(corrupt.toString()) && message.contains("zip"), message);
  }

  @Test
  void missingRequiredFileIsNamed() throws IOException {
    Path feed = copyOfSynthetic();
    Files.delete(feed.resolve("stop_times.txt"));
    String message = readFails(feed);
    assertTrue(
        message.startsWith("synthetic/stop_times.txt: required GTFS file is missing"), message);
  }

  @Test
  void aWebPageSavedAsAZipLooksLikeAFailedDownload() throws IOException {
    Path page = tmp.resolve("bods.zip");
    Files.writeString(
        page, "\n<!doctype html><html><head><title>Sign in</title></head><body></body></html>");
    assertEquals(
        page
            + ": is a web page titled 'Sign in', not a zip: it looks like a failed download."
            + " Download the feed again (or run `rae fetch`) and check the file opens as a zip",
        readFails(page));
  }

  @Test
  void aZipWithItsFilesInAFolderSaysSo() throws IOException {
    Path zip = tmp.resolve("nested.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> files = Files.list(synthetic())) {
      for (Path file : files.sorted().toList()) {
        out.putNextEntry(new java.util.zip.ZipEntry("gtfs/" + file.getFileName()));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    assertEquals(
        "nested.zip/agency.txt: required GTFS file is missing from "
            + zip
            + "; the zip has its files inside the folder 'gtfs/': GTFS needs them at the top of"
            + " the zip (zip the files, not their folder)",
        readFails(zip));
  }

  /** An export tool that writes every optional file, empty ones as 0 bytes: they are absent. */
  @Test
  void zeroByteOptionalFilesAreAbsentFiles() throws IOException {
    Path feed = copyOfSynthetic();
    for (String optional : List.of("frequencies.txt", "transfers.txt", "calendar_dates.txt")) {
      Files.write(feed.resolve(optional), new byte[0]);
    }
    Files.write(feed.resolve("shapes.txt"), new byte[0]);
    ImportIssues issues = new ImportIssues();
    GtfsFeed read = GtfsFeedReader.read(new GtfsFeedSource("syn", feed), issues);
    assertEquals(0, read.dao().getAllFrequencies().size());
    assertEquals(0, read.dao().getAllTransfers().size());
    assertEquals(1, read.dao().getAllCalendars().size(), "calendar.txt's WK row");
  }

  @Test
  void feedWithoutAnyCalendarIsRefused() throws IOException {
    Path feed = copyOfSynthetic();
    Files.delete(feed.resolve("calendar.txt"));
    Files.delete(feed.resolve("calendar_dates.txt"));
    String message = readFails(feed);
    assertTrue(message.contains("neither calendar.txt nor calendar_dates.txt"), message);
  }

  @Test
  void feedWithOnlyCalendarDatesIsFine() throws IOException {
    Path feed = copyOfSynthetic();
    Files.delete(feed.resolve("calendar.txt"));
    GtfsFeed read = GtfsFeedReader.read(new GtfsFeedSource("syn", feed), new ImportIssues());
    assertEquals(2, read.dao().getAllCalendarDates().size());
  }

  @Test
  void misspelledRequiredColumnNamesFileLineAndField() throws IOException {
    Path feed = copyOfSynthetic();
    replace(feed, "stops.txt", "stop_id,stop_name", "stop_idd,stop_name");
    String message = readFails(feed);
    assertTrue(
        message.startsWith(
            "synthetic/stops.txt, line 1, field 'stop_id': required column is missing"),
        message);
  }

  @Test
  void impossibleTimeNamesFileLineAndField() throws IOException {
    Path feed = copyOfSynthetic();
    // line 2 is T_BLANK's first row
    replace(feed, "stop_times.txt", "T_BLANK,08:00:00,", "T_BLANK,25:61:00,");
    String message = readFails(feed);
    assertTrue(
        message.startsWith("synthetic/stop_times.txt, line 2, field 'arrival_time': '25:61:00'"),
        message);
  }

  @Test
  void lettersInATimeNameFileLineAndField() throws IOException {
    Path feed = copyOfSynthetic();
    // line 4 is T_BLANK's third row
    replace(feed, "stop_times.txt", "08:30:00,08:30:00", "08:30:00,8h30");
    String message = readFails(feed);
    assertTrue(
        message.startsWith("synthetic/stop_times.txt, line 4, field 'departure_time': '8h30'"),
        message);
  }

  @Test
  void impossibleFrequencyTimeIsRefused() throws IOException {
    Path feed = copyOfSynthetic();
    replace(feed, "frequencies.txt", "07:00:00,07:30:00", "07:00:00,07:3x:00");
    String message = readFails(feed);
    assertTrue(message.startsWith("synthetic/frequencies.txt, line 3, field 'end_time'"), message);
  }

  @Test
  void negativeTimeOrATimeWithoutSecondsIsRefused() throws IOException {
    Path feed = copyOfSynthetic();
    replace(feed, "stop_times.txt", "T_BLANK,08:00:00,", "T_BLANK,-00:10:00,");
    assertEquals(
        "synthetic/stop_times.txt, line 2, field 'arrival_time': '-00:10:00' is a negative time;"
            + " times count up from 0",
        readFails(feed));
    replace(feed, "stop_times.txt", "T_BLANK,-00:10:00,", "T_BLANK,08:00,");
    assertEquals(
        "synthetic/stop_times.txt, line 2, field 'arrival_time': '08:00' is not a time; expected"
            + " HH:MM:SS",
        readFails(feed));
  }

  /** gtfs-validator's start_and_end_range_out_of_order: the service would never run. */
  @Test
  void calendarEndingBeforeItStartsIsRefused() throws IOException {
    Path feed = copyOfSynthetic();
    replace(feed, "calendar.txt", "20240101,20241231", "20241231,20240101");
    assertEquals(
        "synthetic/calendar.txt, line 2, field 'end_date': '20240101' is before start_date"
            + " '20241231'; the service would never run",
        readFails(feed));
    replace(feed, "calendar.txt", "20241231,20240101", "2024-12-31,20240101");
    assertEquals(
        "synthetic/calendar.txt, line 2, field 'start_date': '2024-12-31' is not a date; expected"
            + " YYYYMMDD",
        readFails(feed));
  }

  @Test
  void unreadableCoordinateNamesFileAndLine() throws IOException {
    Path feed = copyOfSynthetic();
    replace(feed, "stops.txt", "S2,Stop Two,50.010", "S2,Stop Two,fifty");
    String message = readFails(feed);
    assertTrue(
        message.startsWith("synthetic/stops.txt, line 3, field 'stop_lat': 'fifty' is not"),
        message);
  }

  @Test
  void duplicateIdsKeepTheFirstRowAndWarnWithTheLine() throws IOException {
    Path feed = copyOfSynthetic();
    Files.writeString(
        feed.resolve("stops.txt"),
        "S1,Second S1,51.0,-1.0\n",
        java.nio.file.StandardOpenOption.APPEND);
    ImportIssues issues = new ImportIssues();
    GtfsFeed read = GtfsFeedReader.read(new GtfsFeedSource("syn", feed), issues);
    List<ImportIssue> duplicates =
        issues.sorted().stream().filter(i -> i.code().equals("DUPLICATE_ID")).toList();
    assertEquals(1, duplicates.size(), issues.sorted().toString());
    assertEquals(Severity.WARNING, duplicates.get(0).severity());
    assertEquals("synthetic/stops.txt", duplicates.get(0).file());
    assertEquals(7, duplicates.get(0).line()); // header + 5 stops, then the duplicate
    assertEquals("S1", duplicates.get(0).entityId());
    assertEquals(5, read.dao().getAllStops().size());
  }

  @Test
  void bytesThatAreNotUtf8NameFileLineAndField() throws IOException {
    Path feed = copyOfSynthetic();
    // "Town loop" saved as Windows-1252 with an accent: "Town lo\u00f4p" is byte 0xF4 there,
    // which UTF-8 cannot start a character with; OneBusAway would read U+FFFD without a word
    byte[] routes =
        Files.readString(feed.resolve("routes.txt"))
            .replace("Town loop", "Town lo\u00f4p")
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Files.write(feed.resolve("routes.txt"), routes);
    String message = readFails(feed);
    // line 2 is R1; the byte is in the 4th field, route_long_name
    assertEquals(
        "synthetic/routes.txt, line 2, field 'route_long_name': 0xF4 after 'R1,A,1,Town lo' is"
            + " not UTF-8 text; save the file as UTF-8 (in Excel: Save As, 'CSV UTF-8 (Comma"
            + " delimited)')",
        message);
  }

  @Test
  void emptyRequiredFileNamesFileAndLine() throws IOException {
    Path feed = copyOfSynthetic();
    Files.writeString(feed.resolve("trips.txt"), "");
    assertEquals(
        "synthetic/trips.txt, line 1: empty file; expected a header line", readFails(feed));
  }

  @Test
  void byteOrderMarkCrlfAndAQuotedLineBreakKeepLinesRight() throws IOException {
    Path feed = copyOfSynthetic();
    String stops = Files.readString(feed.resolve("stops.txt"));
    // BOM, CRLF, and S1's name over two lines: S2 is then on lines 4 (its record starts there)
    stops = "\uFEFF" + stops.replace("\n", "\r\n").replaceFirst("S1,[^,]*,", "S1,\"Stop\r\nOne\",");
    Files.writeString(
        feed.resolve("stops.txt"), stops.replace("S2,Stop Two,50.010", "S2,Stop Two,x"));
    String message = readFails(feed);
    assertTrue(
        message.startsWith("synthetic/stops.txt, line 4, field 'stop_lat': 'x' is not"), message);
  }

  @Test
  void strayHeaderSpaceOfTrensurbIsTolerated() {
    GtfsFeed feed =
        GtfsFeedReader.read(
            new GtfsFeedSource("trensurb", GtfsTestFeeds.feed("poa_trensurb.zip")),
            new ImportIssues());
    assertEquals("TRENSURB", feed.dao().getAllAgencies().iterator().next().getName());
  }

  private static String readFails(Path path) {
    return assertThrows(
            BadInputException.class,
            () -> GtfsFeedReader.read(new GtfsFeedSource("syn", path), new ImportIssues()))
        .getMessage();
  }

  private Path copyOfSynthetic() throws IOException {
    Path target = Files.createDirectories(tmp.resolve("synthetic"));
    try (Stream<Path> files = Files.list(synthetic())) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    return target;
  }

  private static void replace(Path feed, String file, String from, String to) throws IOException {
    String text = Files.readString(feed.resolve(file));
    if (!text.contains(from)) {
      throw new IllegalStateException(file + " has no '" + from + "'");
    }
    Files.writeString(
        feed.resolve(file), text.replaceFirst(java.util.regex.Pattern.quote(from), to));
  }

  static Path synthetic() {
    try {
      return Path.of(GtfsFeedReaderTest.class.getResource("/gtfs/synthetic").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
