package org.ruralaccess.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.ingest.gtfs.GtfsFeedReader;
import org.ruralaccess.ingest.gtfs.GtfsFeedSource;
import org.ruralaccess.ingest.gtfs.GtfsTestFeeds;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;

class GtfsClipperTest {

  /** Central Newport, as in the network tests (lon/lat min/max). */
  static final BoundingBox CORE_BBOX = new BoundingBox(-3.077081, 51.52222, -2.925075, 51.593596);

  @TempDir Path dir;

  /**
   * Area [-2.5, 50.6, -2.3, 50.8]: stops P (station), A (its platform) and D lie inside; B, C, E
   * outside. T1 calls at A then B, T3 at C then A: both kept whole; T2 (B, E) is dropped.
   */
  @Test
  void keepsWholeTripsWithAStopInsideAndOnlyWhatTheyNeed() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone\n"
            + "AG1,One,https://one.example,Europe/London\n"
            + "AG2,Two,https://two.example,Europe/London\n");
    files.put(
        "stops.txt",
        "\uFEFFstop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\n"
            + "P,\"Station, Town\",50.70,-2.40,1,\n"
            + "A,Platform A,50.70,-2.40,0,P\n"
            + "B,Outside near,50.90,-2.40,0,\n"
            + "C,Far away,52.00,-1.00,0,\n"
            + "D,Unused inside,50.71,-2.41,0,\n"
            + "E,\"Far, \"\"east\"\"\",52.00,0.50,0,\n");
    files.put(
        "routes.txt",
        "route_id,agency_id,route_short_name,route_type\nR1,AG1,1,3\nR2,AG2,2,3\nR3,AG1,3,3\n");
    files.put(
        "trips.txt",
        "route_id,service_id,trip_id,shape_id\nR1,S1,T1,SH1\nR2,S2,T2,SH2\nR3,S1,T3,\n");
    files.put(
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "T1,08:00:00,08:00:00,A,1\n"
            + "T2,08:00:00,08:00:00,B,1\n"
            + "T3,09:00:00,09:00:00,C,1\n"
            + "T1,08:10:00,08:10:00,B,2\n"
            + "T2,08:30:00,08:30:00,E,2\n"
            + "T3,09:50:00,09:50:00,A,2\n");
    files.put(
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "S1,1,1,1,1,1,0,0,20250101,20251231\n"
            + "S2,1,1,1,1,1,0,0,20250101,20251231\n");
    files.put(
        "calendar_dates.txt", "service_id,date,exception_type\nS1,20251225,2\nS2,20251225,2\n");
    files.put(
        "shapes.txt",
        "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n"
            + "SH1,50.7,-2.4,1\nSH1,50.9,-2.4,2\nSH2,50.9,-2.4,1\nSH2,52.0,0.5,2\n");
    files.put(
        "frequencies.txt",
        "trip_id,start_time,end_time,headway_secs\nT1,08:00:00,10:00:00,1800\n"
            + "T2,08:00:00,10:00:00,1800\n");
    files.put(
        "transfers.txt",
        "from_stop_id,to_stop_id,transfer_type,min_transfer_time\nA,B,2,120\nB,E,2,120\nA,C,0,\n");
    files.put(
        "feed_info.txt", "feed_publisher_name,feed_publisher_url,feed_lang\nX,https://x,en\n");
    files.put("fare_attributes.txt", "fare_id,price,currency_type,payment_method,transfers\n");
    Path source = zip(dir.resolve("source.zip"), files);
    Path target = dir.resolve("out/clipped.zip");

    ClipResult result = GtfsClipper.clip(source, target, new BoundingBox(-2.5, 50.6, -2.3, 50.8));

    assertEquals(List.of("T1", "T3"), column(target, "trips.txt", 2));
    // all rows of T1 and T3, in the source order: 2 + 2 of 6
    assertEquals(List.of("A", "C", "B", "A"), column(target, "stop_times.txt", 3));
    // A, B, C used by kept trips, P as A's station; D (inside, unused) and E gone
    assertEquals(List.of("P", "A", "B", "C"), column(target, "stops.txt", 0));
    assertEquals(List.of("R1", "R3"), column(target, "routes.txt", 0));
    assertEquals(List.of("AG1"), column(target, "agency.txt", 0));
    assertEquals(List.of("S1"), column(target, "calendar.txt", 0));
    assertEquals(List.of("S1"), column(target, "calendar_dates.txt", 0));
    assertEquals(List.of("SH1", "SH1"), column(target, "shapes.txt", 0));
    assertEquals(List.of("T1"), column(target, "frequencies.txt", 0));
    assertEquals(List.of("B", "C"), column(target, "transfers.txt", 1)); // B->E dropped
    assertEquals(1, column(target, "feed_info.txt", 0).size());
    String stops = text(target, "stops.txt");
    assertTrue(stops.startsWith("stop_id,"), "byte-order mark dropped: " + stops);
    assertTrue(stops.contains("P,\"Station, Town\",50.70,-2.40,1,\n"), "rows copied as written");

    assertEquals(new ClipResult.RowCounts(6, 4), result.rowsByFile().get("stop_times.txt"));
    assertEquals(new ClipResult.RowCounts(6, 4), result.rowsByFile().get("stops.txt"));
    assertEquals(new ClipResult.RowCounts(3, 2), result.rowsByFile().get("trips.txt"));
    assertEquals(List.of("fare_attributes.txt"), result.droppedFiles());
    try (ZipFile zip = new ZipFile(target.toFile())) {
      List<String> order = zip.stream().map(ZipEntry::getName).toList();
      assertEquals(GtfsClipper.FILE_ORDER, order);
    }
    try (var leftovers = Files.list(target.getParent())) {
      assertEquals(List.of(target), leftovers.toList(), "no temporary file left");
    }
  }

  /**
   * What a clipped file looks like: each kept row written back field by field, quoted exactly where
   * the source quoted (even needlessly), doubled quotes and a line break inside quotes kept, the
   * byte-order mark dropped and every line ended with LF.
   */
  @Test
  void keptRowsAreWrittenBackAsQuotedInTheSource() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\r\nAG,One,u,tz\r\n");
    files.put(
        "stops.txt",
        "\uFEFF\"stop_id\",stop_name,stop_lat,stop_lon\r\n"
            + "\"A\",\"Quay \"\"Old\"\" Stop\",50.70,-2.40\r\n"
            + "B,\"Two\r\nlines\", 50.71 ,-2.41\r\n"
            + "C,Far,52.0,-1.0\r\n");
    files.put("routes.txt", "route_id,agency_id,route_type\r\nR,AG,3\r\n");
    files.put("trips.txt", "route_id,service_id,trip_id\r\nR,S,T\r\n");
    files.put(
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\r\n"
            + "T,08:00:00,08:00:00,A,1\r\nT,08:05:00,08:05:00,B,2\r\n");
    files.put("calendar_dates.txt", "service_id,date,exception_type\r\nS,20250101,1\r\n");
    Path source = zip(dir.resolve("quoted.zip"), files);
    Path target = dir.resolve("quoted-clipped.zip");

    GtfsClipper.clip(source, target, new BoundingBox(-2.5, 50.6, -2.3, 50.8));

    // B's name spans two lines: its record is still one row, kept with its CRLF inside the quotes;
    // the spaces around B's latitude are data and stay (the clipper trims only to compare)
    assertEquals(
        "\"stop_id\",stop_name,stop_lat,stop_lon\n"
            + "\"A\",\"Quay \"\"Old\"\" Stop\",50.70,-2.40\n"
            + "B,\"Two\r\nlines\", 50.71 ,-2.41\n",
        text(target, "stops.txt"));
    assertEquals("route_id,service_id,trip_id\nR,S,T\n", text(target, "trips.txt"));
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithFileAndLine() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (String required : DownloadChecks.REQUIRED_GTFS_FILES) {
      files.put(required, "x\n");
    }
    files.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nA,Caf\u00e9,50.7,-2.4\n");
    Path source = dir.resolve("latin1.zip");
    try (OutputStream out = Files.newOutputStream(source);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> entry : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.ISO_8859_1)); // é is 0xE9
        zip.closeEntry();
      }
    }
    org.ruralaccess.model.BadInputException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.ruralaccess.model.BadInputException.class,
            () -> GtfsClipper.clip(source, dir.resolve("out.zip"), CORE_BBOX));
    assertEquals(
        "latin1.zip!stops.txt, line 2, field 'stop_name': 0xE9 after 'A,Caf' is not UTF-8 text;"
            + " save the file as UTF-8 (in Excel: Save As, 'CSV UTF-8 (Comma delimited)')",
        error.getMessage());
    assertFalse(Files.exists(dir.resolve("out.zip")), "nothing written");
  }

  /**
   * The Newport feed was itself cut to Newport, so every trip calls in the core box: the cut there
   * is in the stops (2,000 of 3,601 are unused coach stops all over Britain).
   */
  @Test
  void newportCoreKeepsExactlyTheTripsCallingInsideAndReadsAsGtfs() throws IOException {
    int trips = assertClipMatchesIndependentCount(CORE_BBOX);
    assertEquals(
        GtfsTestFeeds.rows(GtfsTestFeeds.feed("newport-20230613_gtfs.zip"), "trips.txt").size(),
        trips);
  }

  /** East Newport only (Maindee, Ringland, Llanwern): most trips never come here and are cut. */
  @Test
  void newportEastKeepsOnlyTheTripsCallingThere() throws IOException {
    int trips = assertClipMatchesIndependentCount(new BoundingBox(-2.96, 51.55, -2.92, 51.6));
    int allTrips =
        GtfsTestFeeds.rows(GtfsTestFeeds.feed("newport-20230613_gtfs.zip"), "trips.txt").size();
    assertTrue(trips > 100 && trips < allTrips / 2, trips + " of " + allTrips);
  }

  private int assertClipMatchesIndependentCount(BoundingBox box) throws IOException {
    Path newport = GtfsTestFeeds.feed("newport-20230613_gtfs.zip");
    Path target = dir.resolve("newport-clipped.zip");

    ClipResult result = GtfsClipper.clip(newport, target, box);

    // independent count: stops inside the box, then trips with >= 1 stop_times row at one of them
    Set<String> inside = new HashSet<>();
    Map<String, double[]> position = new java.util.HashMap<>();
    Map<String, String> parentStation = new java.util.HashMap<>();
    for (Map<String, String> stop : GtfsTestFeeds.rows(newport, "stops.txt")) {
      parentStation.put(stop.get("stop_id"), stop.getOrDefault("parent_station", ""));
      double lat = Double.parseDouble(stop.get("stop_lat"));
      double lon = Double.parseDouble(stop.get("stop_lon"));
      position.put(stop.get("stop_id"), new double[] {lat, lon});
      if (lat >= box.minLat()
          && lat <= box.maxLat()
          && lon >= box.minLon()
          && lon <= box.maxLon()) {
        inside.add(stop.get("stop_id"));
      }
    }
    List<Map<String, String>> stopTimes = GtfsTestFeeds.rows(newport, "stop_times.txt");
    Set<String> expectedTrips =
        stopTimes.stream()
            .filter(row -> inside.contains(row.get("stop_id")))
            .map(row -> row.get("trip_id"))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expectedStops =
        stopTimes.stream()
            .filter(row -> expectedTrips.contains(row.get("trip_id")))
            .map(row -> row.get("stop_id"))
            .collect(Collectors.toCollection(TreeSet::new));
    // plus the stations of those stops (Friars Walk bus station, 531GNWBS, in central Newport)
    for (String stop : List.copyOf(expectedStops)) {
      if (!parentStation.get(stop).isEmpty()) {
        expectedStops.add(parentStation.get(stop));
      }
    }
    long expectedStopTimes =
        stopTimes.stream().filter(row -> expectedTrips.contains(row.get("trip_id"))).count();
    int allStops = position.size();
    assertTrue(expectedStops.size() < allStops / 2, "a real cut: " + expectedStops.size());
    assertEquals(expectedTrips, new TreeSet<>(column(target, "trips.txt", "trip_id")));
    assertEquals(expectedTrips.size(), result.kept("trips.txt"));
    assertEquals(expectedStopTimes, result.kept("stop_times.txt"));
    assertEquals(stopTimes.size(), result.rowsByFile().get("stop_times.txt").before());
    assertEquals(expectedStops, new TreeSet<>(column(target, "stops.txt", "stop_id")));

    // coach stops far away (London, Bristol...) stay only where a kept trip calls
    Set<String> farAway = new TreeSet<>();
    position.forEach(
        (id, latLon) -> {
          if (Math.abs(latLon[0] - 51.56) > 0.5 || Math.abs(latLon[1] + 3.0) > 0.8) {
            farAway.add(id);
          }
        });
    assertFalse(farAway.isEmpty(), "the Newport feed has far-away coach stops");
    farAway.removeAll(expectedStops);
    Set<String> keptStops = new HashSet<>(column(target, "stops.txt", "stop_id"));
    assertTrue(farAway.stream().noneMatch(keptStops::contains), "unused far stops are gone");

    ImportIssues issues = new ImportIssues();
    var feed = GtfsFeedReader.read(new GtfsFeedSource("bods", target), issues);
    assertEquals(0, issues.count(Severity.ERROR), issues.sorted().toString());
    assertEquals(expectedTrips.size(), feed.dao().getAllTrips().size());
    assertEquals(expectedStops.size(), feed.dao().getAllStops().size());
    return expectedTrips.size();
  }

  @Test
  void clippingTwiceGivesIdenticalBytes() throws IOException {
    Path newport = GtfsTestFeeds.feed("newport-20230613_gtfs.zip");
    Path first = dir.resolve("a/clipped.zip");
    Path second = dir.resolve("b/clipped.zip");
    GtfsClipper.clip(newport, first, CORE_BBOX.buffered(2000));
    GtfsClipper.clip(newport, second, CORE_BBOX.buffered(2000));
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

    // clipping the clipped feed again in place changes nothing: every kept trip still calls inside
    GtfsClipper.clip(second, second, CORE_BBOX.buffered(2000));
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
  }

  static Path zip(Path file, Map<String, String> files) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> entry : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  static String text(Path zip, String name) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      return new String(
          file.getInputStream(file.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** One column of a file in the clipped zip, by index (synthetic rows have no quoted commas). */
  private static List<String> column(Path zip, String name, int index) throws IOException {
    return text(zip, name).lines().skip(1).map(line -> line.split(",", -1)[index]).toList();
  }

  private static List<String> column(Path zip, String name, String column) {
    return GtfsTestFeeds.rows(zip, name).stream().map(row -> row.get(column)).toList();
  }
}
