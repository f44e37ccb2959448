package org.ruralaccess.ingest.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.community.BookingRule;
import org.ruralaccess.model.community.Eligibility;
import org.ruralaccess.model.community.FixedStop;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.community.SchemeKind;
import org.ruralaccess.model.community.ServiceArea;
import org.ruralaccess.model.community.TimeWindow;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.testing.RepoFiles;

/** GTFS-Flex v2 on the real Aspen and CobbLinc feeds and R5's tiny cases. */
class FlexFeedReaderTest {

  private static Path feed(String name) {
    return RepoFiles.resolve("gtfs-feeds/flex/" + name);
  }

  /** Rows of a GTFS CSV (no quoted commas in the columns we use) as header-keyed maps. */
  private static List<Map<String, String>> rows(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    String[] header = lines.get(0).replace("\uFEFF", "").split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length && i < cells.length; i++) {
        row.put(header[i].trim(), cells[i].trim());
      }
      rows.add(row);
    }
    return rows;
  }

  private static int seconds(String clock) {
    String[] p = clock.split(":");
    return Integer.parseInt(p[0]) * 3600 + Integer.parseInt(p[1]) * 60 + Integer.parseInt(p[2]);
  }

  private static List<String> featureIds(Path geojson) throws IOException {
    List<String> ids = new ArrayList<>();
    for (JsonNode f : new ObjectMapper().readTree(geojson.toFile()).get("features")) {
      ids.add(f.get("id").asText());
    }
    return ids;
  }

  private static Set<String> codes(ImportIssues issues) {
    Set<String> codes = new TreeSet<>();
    issues.sorted().forEach(i -> codes.add(i.code() + ":" + i.entityId()));
    return codes;
  }

  @Test
  void aspenOnDemandZoneWithRealTimeBookingAndSafeDuration() throws IOException {
    Path dir = feed("otp_aspen-flex-on-demand");
    ImportIssues issues = new ImportIssues();
    List<Scheme> schemes = FlexFeedReader.read(dir, "aspen", issues);

    List<Map<String, String>> trips = rows(dir.resolve("trips.txt"));
    List<Map<String, String>> stopTimes = rows(dir.resolve("stop_times.txt"));
    List<Map<String, String>> rules = rows(dir.resolve("booking_rules.txt"));
    List<String> zoneIds = featureIds(dir.resolve("locations.geojson"));
    // the feed: 1 zone, no location groups, 1 booking rule of type 0, 2 trips all on the zone
    assertEquals(1, zoneIds.size());
    assertEquals(0, rows(dir.resolve("location_groups.txt")).size());
    assertEquals(1, rules.size());
    assertEquals(trips.size(), schemes.size());
    for (Map<String, String> trip : trips) {
      Scheme scheme =
          schemes.stream()
              .filter(s -> s.id().equals("aspen:" + trip.get("trip_id")))
              .findFirst()
              .orElseThrow();
      Map<String, String> st =
          stopTimes.stream()
              .filter(r -> r.get("trip_id").equals(trip.get("trip_id")))
              .findFirst()
              .orElseThrow();
      assertEquals(SchemeKind.FLEX_ZONE, scheme.kind());
      assertEquals(
          List.of(st.get("stop_id")), scheme.areas().stream().map(ServiceArea::id).toList());
      assertEquals(zoneIds, scheme.areas().stream().map(ServiceArea::id).toList());
      assertEquals(
          List.of(
              new TimeWindow(
                  seconds(st.get("start_pickup_drop_off_window")),
                  seconds(st.get("end_pickup_drop_off_window")))),
          scheme.windows());
      assertEquals("0", rules.get(0).get("booking_type"));
      assertEquals(BookingRule.none(), scheme.booking());
      // safe_duration_offset is in minutes
      assertEquals(Double.parseDouble(st.get("safe_duration_factor")), scheme.vehicleTimeFactor());
      assertEquals(
          Double.parseDouble(st.get("safe_duration_offset")) * 60,
          scheme.vehicleTimeOffsetSeconds());
      assertEquals(EnumSet.allOf(DayOfWeek.class), scheme.days().weekdays());
      assertEquals(Eligibility.everyone(), scheme.eligibility());
      assertTrue(scheme.stops().isEmpty());
    }
    // the feed lists stop_sequence 1 twice per trip: reported, one zone kept
    assertEquals(trips.size(), issues.countsByCode().get("FLEX_DUPLICATE_STOP_SEQUENCE"));
  }

  @Test
  void cobbLincDeviatedRoutesWithSameDayBooking() throws IOException {
    Path dir = feed("otp_cobblinc-scheduled-deviated-flex");
    ImportIssues issues = new ImportIssues();
    List<Scheme> schemes = FlexFeedReader.read(dir, "cobb", issues);

    Set<String> zoneIds = new LinkedHashSet<>(featureIds(dir.resolve("locations.geojson")));
    List<Map<String, String>> stopTimes = rows(dir.resolve("stop_times.txt"));
    Map<String, String> routeOfTrip = new LinkedHashMap<>();
    rows(dir.resolve("trips.txt"))
        .forEach(t -> routeOfTrip.put(t.get("trip_id"), t.get("route_id")));
    Map<String, Set<TimeWindow>> windows = new LinkedHashMap<>();
    Map<String, Set<String>> zonesOfTrip = new LinkedHashMap<>();
    for (Map<String, String> st : stopTimes) {
      if (zoneIds.contains(st.get("stop_id"))) {
        windows
            .computeIfAbsent(st.get("trip_id"), k -> new LinkedHashSet<>())
            .add(
                new TimeWindow(
                    seconds(st.get("start_pickup_drop_off_window")),
                    seconds(st.get("end_pickup_drop_off_window"))));
        zonesOfTrip.computeIfAbsent(st.get("trip_id"), k -> new TreeSet<>()).add(st.get("stop_id"));
      }
    }
    assertEquals(3, rows(dir.resolve("routes.txt")).size());
    assertEquals(3, zoneIds.size());
    assertEquals(windows.size(), schemes.size());
    assertEquals(3, new TreeSet<>(routeOfTrip.values()).size());
    Map<String, String> rule = rows(dir.resolve("booking_rules.txt")).get(0);
    assertEquals("1", rule.get("booking_type"));
    BookingRule expectedBooking =
        BookingRule.sameDay(Integer.parseInt(rule.get("prior_notice_duration_min")));
    Map<String, String> calendar = rows(dir.resolve("calendar.txt")).get(0);
    for (Scheme scheme : schemes) {
      String tripId = scheme.id().substring("cobb:".length());
      assertEquals(SchemeKind.FLEX_DEVIATED, scheme.kind());
      assertEquals(List.copyOf(windows.get(tripId)), scheme.windows(), tripId);
      assertEquals(
          zonesOfTrip.get(tripId),
          new TreeSet<>(scheme.areas().stream().map(ServiceArea::id).toList()));
      assertEquals(expectedBooking, scheme.booking());
      // deviated: timed stops at both ends
      assertEquals(2, scheme.stops().size());
      assertTrue(scheme.stops().stream().allMatch(FixedStop::hasTime));
      assertEquals(
          LocalDate.parse(
              calendar.get("start_date"), java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
          scheme.days().startDate());
    }
    // Monday 2021-11-01 runs, Saturday 2021-11-06 does not (calendar: weekdays only)
    assertTrue(schemes.get(0).days().runsOn(LocalDate.of(2021, 11, 1)));
    assertTrue(!schemes.get(0).days().runsOn(LocalDate.of(2021, 11, 6)));
    assertTrue(codes(issues).contains("FLEX_NONSTANDARD_COLUMN:null"));
  }

  @Test
  void r5ValidFourFlexTripsOfEveryReferenceCombination() {
    ImportIssues issues = new ImportIssues();
    List<Scheme> schemes = FlexFeedReader.read(feed("r5_valid"), "r5", issues);
    // description.txt: T1..T4 load, no errors; SCHED is a scheduled trip, not a scheme
    assertEquals(
        List.of("r5:T1", "r5:T2", "r5:T3", "r5:T4"), schemes.stream().map(Scheme::id).toList());
    assertEquals(0, issues.size());
    Map<String, Scheme> byId = new LinkedHashMap<>();
    schemes.forEach(s -> byId.put(s.id(), s));
    assertEquals(List.of("Z1", "Z2"), areaIds(byId.get("r5:T1")));
    // T2: zone Z1 to group LG1 = stops X and Y, served in the window, no fixed time
    assertEquals(List.of("Z1"), areaIds(byId.get("r5:T2")));
    assertEquals(List.of("X", "Y"), stopIds(byId.get("r5:T2")));
    assertTrue(byId.get("r5:T2").stops().stream().noneMatch(FixedStop::hasTime));
    // T4: LG1 {X, Y} to LG2 {Y}
    assertEquals(List.of(), areaIds(byId.get("r5:T4")));
    assertEquals(List.of("X", "Y"), stopIds(byId.get("r5:T4")));
    // 08:00 to 12:00 = 28800 to 43200
    assertEquals(List.of(new TimeWindow(28800, 43200)), byId.get("r5:T3").windows());
  }

  @Test
  void r5NoWindowTripIsReportedAndSkipped() {
    ImportIssues issues = new ImportIssues();
    List<Scheme> schemes = FlexFeedReader.read(feed("r5_nowindow"), "r5", issues);
    assertEquals(List.of("r5:T2", "r5:T3", "r5:T4"), schemes.stream().map(Scheme::id).toList());
    assertEquals(Set.of("FLEX_NO_WINDOW:T1"), codes(issues));
    ImportIssue issue = issues.sorted().get(0);
    assertTrue(issue.message().contains("Z1"), issue.message());
  }

  @Test
  void r5ThreeStopsOnlyTheUnsupportedTripIsSkipped() {
    ImportIssues issues = new ImportIssues();
    List<Scheme> schemes = FlexFeedReader.read(feed("r5_threestops"), "r5", issues);
    assertEquals(List.of("r5:TVALID"), schemes.stream().map(Scheme::id).toList());
    assertEquals(Set.of("FLEX_TRIP_UNSUPPORTED:T"), codes(issues));
  }

  @Test
  void r5MultiPolygonZoneKeepsItsType() {
    List<Scheme> schemes = FlexFeedReader.read(feed("r5_multipolygon"), "r5", new ImportIssues());
    Scheme t = schemes.get(0);
    assertEquals("MultiPolygon", t.areas().get(0).geometry().getGeometryType());
    assertEquals("Polygon", t.areas().get(1).geometry().getGeometryType());
    // Z1 is a 0.01 x 0.01 degree square: area 1e-4 square degrees
    assertEquals(1e-4, t.areas().get(0).geometry().getArea(), 1e-12);
    assertTrue(
        t.areas()
            .get(0)
            .geometry()
            .contains(
                t.areas()
                    .get(0)
                    .geometry()
                    .getFactory()
                    .createPoint(new org.locationtech.jts.geom.Coordinate(-83.02, 40.0))));
  }

  @Test
  void zoneThatIsNotAnAreaIsABadInputNamingFileAndFeature(
      @org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
    Path source = feed("r5_valid");
    try (var files = Files.list(source)) {
      for (Path f : files.toList()) {
        Files.copy(f, temp.resolve(f.getFileName().toString()));
      }
    }
    Path locations = temp.resolve("locations.geojson");
    String text = Files.readString(locations);
    // Z2 becomes a Point: not a service area
    int z2 = text.indexOf("\"Z2\"");
    String broken =
        text.substring(0, z2)
            + text.substring(z2).replaceFirst("\"type\": \"Polygon\"", "\"type\": \"Point\"");
    Files.writeString(locations, broken);
    org.ruralaccess.model.BadInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.ruralaccess.model.BadInputException.class,
            () -> FlexFeedReader.read(temp, "r5", new ImportIssues()));
    assertTrue(e.getMessage().contains("locations.geojson"), e.getMessage());
    assertTrue(e.getMessage().contains("'Z2'"), e.getMessage());
    assertTrue(e.getMessage().contains("Point"), e.getMessage());
  }

  @Test
  void stopTimesBytesThatAreNotUtf8AreABadInputNamingFileAndLine(
      @org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
    Path source = feed("r5_valid");
    try (var files = Files.list(source)) {
      for (Path f : files.toList()) {
        Files.copy(f, temp.resolve(f.getFileName().toString()));
      }
    }
    // line 3 (T1's second row) gets a Latin-1 "é" (byte 0xE9) in its trip id
    Path stopTimes = temp.resolve("stop_times.txt");
    byte[] bytes = Files.readAllBytes(stopTimes);
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    int third = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
    bytes[third + 1] = (byte) 0xE9; // "T1,2,..." becomes "T\xE9,2,..."
    Files.write(stopTimes, bytes);
    org.ruralaccess.model.BadInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.ruralaccess.model.BadInputException.class,
            () -> FlexFeedReader.read(temp, "r5", new ImportIssues()));
    assertEquals(
        temp
            + "/stop_times.txt, line 3, field 'trip_id': 0xE9 after 'T' is not UTF-8 text; save the"
            + " file as UTF-8 (in Excel: Save As, 'CSV UTF-8 (Comma delimited)')",
        e.getMessage());
  }

  @Test
  void zippedFeedReadsTheSameAsItsFolder(@org.junit.jupiter.api.io.TempDir Path temp)
      throws IOException {
    Path folder = feed("r5_valid");
    Path zip = temp.resolve("r5_valid.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
        var files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        out.putNextEntry(new java.util.zip.ZipEntry(f.getFileName().toString()));
        out.write(Files.readAllBytes(f));
        out.closeEntry();
      }
    }
    List<Scheme> fromZip = FlexFeedReader.read(zip, "r5", new ImportIssues());
    List<Scheme> fromFolder = FlexFeedReader.read(folder, "r5", new ImportIssues());
    assertEquals(fromFolder.size(), fromZip.size());
    for (int i = 0; i < fromZip.size(); i++) {
      assertEquals(fromFolder.get(i).id(), fromZip.get(i).id());
      assertEquals(fromFolder.get(i).windows(), fromZip.get(i).windows());
      assertEquals(areaIds(fromFolder.get(i)), areaIds(fromZip.get(i)));
    }
  }

  /**
   * The physical line (header = 1) of the n-th (0-based) row of trip/sequence in a raw
   * stop_times.txt, counted here with plain string splitting.
   */
  private static long rawLine(Path stopTimes, String tripId, String sequence, int occurrence)
      throws IOException {
    List<String> lines = Files.readAllLines(stopTimes);
    List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
    int trip = header.indexOf("trip_id");
    int seq = header.indexOf("stop_sequence");
    int seen = 0;
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      if (cells[trip].equals(tripId) && cells[seq].equals(sequence) && seen++ == occurrence) {
        return i + 1;
      }
    }
    throw new AssertionError("no row " + tripId + "/" + sequence);
  }

  private static Map<String, Long> linesOf(ImportIssues issues, String code) {
    Map<String, Long> lines = new LinkedHashMap<>();
    issues.sorted().stream()
        .filter(i -> i.code().equals(code))
        .forEach(i -> lines.put(i.entityId(), i.line()));
    return lines;
  }

  @Test
  void flexIssuesNameTheirStopTimesLine() throws IOException {
    // Aspen lists each trip's stop_sequence 1 twice: the issue names the repeated (second) row
    Path aspen = feed("otp_aspen-flex-on-demand");
    ImportIssues aspenIssues = new ImportIssues();
    FlexFeedReader.read(aspen, "aspen", aspenIssues);
    Map<String, Long> expected = new LinkedHashMap<>();
    for (Map<String, String> trip : rows(aspen.resolve("trips.txt"))) {
      String id = trip.get("trip_id");
      expected.put(id, rawLine(aspen.resolve("stop_times.txt"), id, "1", 1));
    }
    assertEquals(expected, linesOf(aspenIssues, "FLEX_DUPLICATE_STOP_SEQUENCE"));
    assertTrue(expected.values().stream().allMatch(line -> line > 2), expected.toString());
    assertTrue(
        aspenIssues.sorted().stream()
            .allMatch(i -> i.file().endsWith("otp_aspen-flex-on-demand/stop_times.txt")));

    // CobbLinc's non-standard column is in the header: line 1
    ImportIssues cobbIssues = new ImportIssues();
    FlexFeedReader.read(feed("otp_cobblinc-scheduled-deviated-flex"), "cobb", cobbIssues);
    assertEquals(Map.of(), linesOf(cobbIssues, "FLEX_DUPLICATE_STOP_SEQUENCE"));
    assertEquals(1L, linesOf(cobbIssues, "FLEX_NONSTANDARD_COLUMN").get(null));

    // R5: the window-less stop_time of T1, and the third zone stop_time of T
    ImportIssues noWindow = new ImportIssues();
    FlexFeedReader.read(feed("r5_nowindow"), "r5", noWindow);
    assertEquals(
        Map.of("T1", rawLine(feed("r5_nowindow").resolve("stop_times.txt"), "T1", "1", 0)),
        linesOf(noWindow, "FLEX_NO_WINDOW"));
    ImportIssues threeStops = new ImportIssues();
    FlexFeedReader.read(feed("r5_threestops"), "r5", threeStops);
    assertEquals(
        Map.of("T", rawLine(feed("r5_threestops").resolve("stop_times.txt"), "T", "3", 0)),
        linesOf(threeStops, "FLEX_TRIP_UNSUPPORTED"));
  }

  private static List<String> areaIds(Scheme scheme) {
    return scheme.areas().stream().map(ServiceArea::id).toList();
  }

  private static List<String> stopIds(Scheme scheme) {
    return Arrays.asList(scheme.stops().stream().map(FixedStop::stopId).toArray(String[]::new));
  }
}
