package org.ruralaccess.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.testing.RaeProcess;
import org.ruralaccess.testing.RaeProcess.Run;
import org.ruralaccess.testing.RepoFiles;

/**
 * The rural questions as a user asks them, on {@code regions/newport} (a real BODS feed: 1,343
 * trips on a Tuesday, 538 on a Saturday, 73 on a Sunday): {@code --return-trips}, {@code --periods}
 * and {@code --nth} in one run. Zones are the region's 1 km grid (100 residents each); destinations
 * are three surgeries and the Royal Gwent Hospital. The feed's trip counts are recomputed here from
 * the zip; the return trips' legs are checked against {@code rae matrix}.
 */
class RuralQuestionsIT {

  private static final String FEED = "gtfs-feeds/newport-20230613_gtfs.zip";

  @TempDir static Path dir;
  private static Path network;
  private static Path zones;
  private static Path destinations;
  private static Path first;
  private static Run firstRun;

  @BeforeAll
  static void buildAndRun() throws Exception {
    network = dir.resolve("newport.rae");
    Run build = RaeProcess.run("build", "--region", "regions/newport", "--out", network.toString());
    assertEquals(0, build.exitCode(), build.stderr());
    zones = dir.resolve("zones.csv");
    List<String> grid = Files.readAllLines(RepoFiles.resolve("regions/newport/grid_1km.csv"));
    StringBuilder zoneLines = new StringBuilder("id,lat,lon,population\n");
    grid.subList(1, grid.size()).forEach(line -> zoneLines.append(line).append(",100\n"));
    Files.writeString(zones, zoneLines);
    destinations = dir.resolve("places.csv");
    Files.writeString(
        destinations,
        "id,name,category,lat,lon,weight\n"
            + "gp1,Central surgery,gp,51.5878,-2.9977,1\n"
            + "gp2,Maindee surgery,gp,51.5840,-2.9830,1\n"
            + "gp3,Bettws surgery,gp,51.6110,-3.0250,1\n"
            + "hosp,Royal Gwent Hospital,hospital,51.5814,-2.9887,1\n");
    first = dir.resolve("first");
    firstRun = questions(first);
    assertEquals(0, firstRun.exitCode(), firstRun.stderr());
  }

  private static Run questions(Path out, String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "accessibility",
                "--network",
                network.toString(),
                "--zones",
                zones.toString(),
                "--destinations",
                destinations.toString(),
                "--date",
                "2023-06-13",
                "--from",
                "07:00",
                "--to",
                "10:00",
                "--modes",
                "transit",
                "--out",
                out.toString()));
    args.addAll(List.of(extra));
    if (extra.length == 0) {
      args.addAll(
          List.of(
              "--return-trips",
              "--periods",
              "am-peak,inter-peak,evening,saturday,sunday",
              "--nth",
              "1,2"));
    }
    return RaeProcess.run(args.toArray(new String[0]));
  }

  @Test
  void writesEveryFileTwiceTheSameBytes() throws Exception {
    JsonNode run = new ObjectMapper().readTree(first.resolve("run.json").toFile());
    List<String> files = new ArrayList<>();
    run.get("outputs").forEach(file -> files.add(file.asText()));
    assertEquals(
        List.of(
            "zone_indicators.csv",
            "zone_indicators.dictionary.csv",
            "zone_indicators.geojson",
            "equity.csv",
            "equity.dictionary.csv",
            "return_trips.csv",
            "return_trips.dictionary.csv",
            "return_trips.geojson",
            "return_trip_equity.csv",
            "return_trip_equity.dictionary.csv",
            "profile.csv",
            "profile.dictionary.csv",
            "profile.geojson",
            "accessibility.gpkg",
            "return_trips_summary.md",
            "profile_summary.md",
            "run.json"),
        files);
    Path second = dir.resolve("second");
    Run again = questions(second);
    assertEquals(0, again.exitCode(), again.stderr());
    for (String file : files) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
    }
    // the GeoPackage holds the new tables as layers (their names appear in gpkg_contents)
    String gpkg = new String(Files.readAllBytes(first.resolve("accessibility.gpkg")), "ISO-8859-1");
    assertTrue(gpkg.contains("return_trips") && gpkg.contains("profile"), "layers");
    // the default day out of each category, as docs/indicators.md tables it (run.json sorts keys)
    JsonNode days = run.get("parameters").get("returnTrips").get("categories");
    assertEquals(
        "{\"arriveBy\":\"17:00\",\"homeBy\":\"19:00\",\"leaveAfter\":\"07:00\","
            + "\"opens\":\"08:30\",\"stayMinutes\":60}",
        days.get("gp").toString());
    assertEquals(
        "{\"arriveBy\":\"10:00\",\"homeBy\":\"19:00\",\"leaveAfter\":\"07:00\","
            + "\"opens\":\"10:00\",\"stayMinutes\":120}",
        days.get("hospital").toString());
    String header = Files.readAllLines(first.resolve("zone_indicators.csv")).get(0);
    assertTrue(
        header.contains(",gp_transit_nth1_minutes,gp_transit_nth2_minutes,")
            && header.contains(",hospital_transit_nth1_minutes,"),
        header);
  }

  /**
   * The dates and trip counts of each period recomputed from the raw feed (calendar.txt, trips.txt,
   * stop_times.txt; no calendar_dates.txt, no frequencies): the busiest Tuesday, Saturday and
   * Sunday inside the calendar, and the trips whose first departure is in each window.
   */
  @Test
  void periodsTakeTheBusiestDayOfEachKindWithTheFeedsOwnTripCounts() throws Exception {
    Feed feed = Feed.read(RepoFiles.resolve(FEED));
    LocalDate tuesday = feed.busiest(DayOfWeek.TUESDAY);
    LocalDate saturday = feed.busiest(DayOfWeek.SATURDAY);
    LocalDate sunday = feed.busiest(DayOfWeek.SUNDAY);
    assertEquals(1343, feed.running(tuesday)); // every trip of the feed runs on Tuesdays
    assertEquals(538, feed.running(saturday));
    assertEquals(73, feed.running(sunday));

    JsonNode periods =
        new ObjectMapper()
            .readTree(first.resolve("run.json").toFile())
            .get("parameters")
            .get("periods");
    Map<String, int[]> windows =
        Map.of(
            "am-peak", new int[] {7, 10},
            "inter-peak", new int[] {10, 16},
            "evening", new int[] {18, 22},
            "saturday", new int[] {10, 16},
            "sunday", new int[] {10, 16});
    Map<String, LocalDate> dates =
        Map.of(
            "am-peak", tuesday,
            "inter-peak", tuesday,
            "evening", tuesday,
            "saturday", saturday,
            "sunday", sunday);
    assertEquals(5, periods.size());
    for (JsonNode period : periods) {
      String name = period.get("period").asText();
      LocalDate date = dates.get(name);
      int[] window = windows.get(name);
      assertEquals(date.toString(), period.get("date").asText(), name);
      assertEquals(feed.running(date), period.get("tripsRunning").asInt(), name);
      assertEquals(
          feed.departing(date, window[0] * 3600, window[1] * 3600),
          period.get("tripsDeparting").asInt(),
          name);
    }
    assertTrue(
        firstRun.stderr().contains("profile date, sunday: " + sunday + " (SUNDAY, 73 trips)"));
  }

  /**
   * The Sunday and evening drop, per zone: on Sunday 10:00-16:00 (73 trips that day, 26 starting
   * then) no zone reaches a surgery or the hospital sooner than on the Tuesday's inter-peak, the
   * same window with 1,343 trips (605 starting then), nor than in the AM peak; in the evening (156
   * starting) none sooner than in the inter-peak. And somewhere it is strictly worse.
   */
  @Test
  void sundayAndEveningAreNeverBetterThanTheWeekdayPerZone() throws Exception {
    Table profile = Table.read(first.resolve("profile.csv"));
    Map<String, Map<String, Double>> minutes = new HashMap<>();
    for (String[] row : profile.rows()) {
      String cell = profile.get(row, "min_minutes");
      minutes
          .computeIfAbsent(
              profile.get(row, "zone_code") + "/" + profile.get(row, "category"),
              k -> new HashMap<>())
          .put(
              profile.get(row, "period"),
              cell.isEmpty() ? Double.POSITIVE_INFINITY : Double.parseDouble(cell));
    }
    assertEquals(88 * 2, minutes.size());
    int sundayWorse = 0;
    int eveningWorse = 0;
    for (Map.Entry<String, Map<String, Double>> zone : minutes.entrySet()) {
      Map<String, Double> m = zone.getValue();
      assertTrue(m.get("sunday") >= m.get("inter-peak"), zone.toString());
      assertTrue(m.get("sunday") >= m.get("am-peak"), zone.toString());
      assertTrue(m.get("evening") >= m.get("inter-peak"), zone.toString());
      sundayWorse += m.get("sunday") > m.get("inter-peak") ? 1 : 0;
      eveningWorse += m.get("evening") > m.get("inter-peak") ? 1 : 0;
    }
    assertTrue(sundayWorse > 0 && eveningWorse > 0, sundayWorse + " / " + eveningWorse);
    // the gap column: a period without access within 60 minutes where the AM peak has it
    for (String[] row : profile.rows()) {
      String key = profile.get(row, "zone_code") + "/" + profile.get(row, "category");
      boolean gap =
          minutes.get(key).get(profile.get(row, "period")) >= 60
              && minutes.get(key).get("am-peak") < 60;
      assertEquals(gap ? "1" : "0", profile.get(row, "gap"), key);
    }
  }

  /**
   * Every feasible day out keeps its rule (hospital: leave after 07:00, arrive by 10:00, 120
   * minutes from 10:00 or arrival, home by 19:00); hours away are home-again minus leave-home; the
   * equity table's users are the sum over the feasible zones.
   */
  @Test
  void everyFeasibleDayOutKeepsItsRuleAndTheEquityTableAddsUp() throws Exception {
    Table trips = Table.read(first.resolve("return_trips.csv"));
    Map<String, int[]> rules = // leave after, opens, arrive by, stay, home by (seconds)
        Map.of(
            "gp", new int[] {7 * 3600, 8 * 3600 + 1800, 17 * 3600, 3600, 19 * 3600},
            "hospital", new int[] {7 * 3600, 10 * 3600, 10 * 3600, 7200, 19 * 3600});
    Map<String, Integer> feasibleUsers = new LinkedHashMap<>();
    int feasibleRows = 0;
    for (String[] row : trips.rows()) {
      String category = trips.get(row, "category");
      if (!trips.get(row, "feasible").equals("1")) {
        assertEquals("", trips.get(row, "leave_home"));
        continue;
      }
      feasibleRows++;
      feasibleUsers.merge(category, Integer.parseInt(trips.get(row, "users")), Integer::sum);
      int[] rule = rules.get(category);
      int leave = seconds(trips.get(row, "leave_home"));
      int arrive = seconds(trips.get(row, "arrive"));
      int leaveDestination = seconds(trips.get(row, "leave_destination"));
      int home = seconds(trips.get(row, "home_again"));
      assertTrue(leave >= rule[0] && arrive <= rule[2], Arrays.toString(row));
      assertTrue(leaveDestination - Math.max(arrive, rule[1]) >= rule[3], Arrays.toString(row));
      assertTrue(home <= rule[4], Arrays.toString(row));
      assertEquals(
          Math.round((home - leave) / 36.0) / 100.0,
          Double.parseDouble(trips.get(row, "hours_away")),
          Arrays.toString(row));
      assertTrue(Integer.parseInt(trips.get(row, "destinations_feasible")) >= 1);
    }
    assertTrue(feasibleRows > 0);
    Table equity = Table.read(first.resolve("return_trip_equity.csv"));
    for (String[] row : equity.rows()) {
      if (equity.get(row, "group_type").equals("all")) {
        String category = equity.get(row, "category");
        assertEquals("8800", equity.get(row, "users"), category); // 88 zones x 100
        assertEquals(
            feasibleUsers.get(category).toString(), equity.get(row, "users_feasible"), category);
        // no schemes in the network: with and without community transport are the same
        assertEquals(
            equity.get(row, "users_feasible"), equity.get(row, "users_feasible_without_ct"));
      }
    }
  }

  /**
   * Both legs of a hospital day out agree with {@code rae matrix} (same router, none of the
   * return-trip code): from the zone at the leave-home minute, and from the hospital to the zone at
   * the leave-destination minute. Matrix minutes are whole (rounded down).
   */
  @Test
  void bothLegsAgreeWithTheMatrix() throws Exception {
    Table trips = Table.read(first.resolve("return_trips.csv"));
    Map<String, String[]> grid = new HashMap<>();
    for (String line : Files.readAllLines(zones).subList(1, 89)) {
      grid.put(line.split(",")[0], line.split(","));
    }
    int checked = 0;
    for (String[] row : trips.rows()) {
      if (checked == 2
          || !trips.get(row, "category").equals("hospital")
          || !trips.get(row, "feasible").equals("1")) {
        continue;
      }
      String[] zone = grid.get(trips.get(row, "zone_code"));
      Path home = dir.resolve("home" + checked + ".csv");
      Files.writeString(home, "id,lat,lon\n" + zone[0] + "," + zone[1] + "," + zone[2] + "\n");
      Path hospital = dir.resolve("hospital.csv");
      Files.writeString(hospital, "id,lat,lon\nhosp,51.5814,-2.9887\n");
      int leave = seconds(trips.get(row, "leave_home"));
      int arrive = seconds(trips.get(row, "arrive"));
      int out = matrixMinutes(home, hospital, leave);
      assertEquals((arrive - leave) / 60, out, Arrays.toString(row));
      int leaveDestination = seconds(trips.get(row, "leave_destination"));
      int back = matrixMinutes(hospital, home, leaveDestination);
      assertEquals(
          (seconds(trips.get(row, "home_again")) - leaveDestination) / 60,
          back,
          Arrays.toString(row));
      checked++;
    }
    assertEquals(2, checked);
  }

  private static int matrixMinutes(Path from, Path to, int departureSeconds) throws Exception {
    Path out = dir.resolve("matrix-" + departureSeconds + ".csv");
    Run run =
        RaeProcess.run(
            "matrix",
            "--network",
            network.toString(),
            "--origins",
            from.toString(),
            "--destinations",
            to.toString(),
            "--date",
            "2023-06-13",
            "--from",
            hhmm(departureSeconds),
            "--to",
            hhmm(departureSeconds + 60),
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    List<String> lines = Files.readAllLines(out);
    List<String> header = Arrays.asList(lines.get(0).split(","));
    String[] cells = lines.get(1).split(",", -1);
    return (int) Double.parseDouble(cells[header.size() - 1]);
  }

  @Test
  void badRuralQuestionsAreOneLineNamingTheFlagAndWriteNothing() throws Exception {
    Path out = dir.resolve("bad");
    Map<String, String[]> cases = new LinkedHashMap<>();
    cases.put(
        "rae: --home-by: 06:00 (gp) is not after --leave-after 07:00",
        new String[] {"--return-trips", "--home-by", "06:00"});
    cases.put(
        "rae: --stay: '-5' is not a number of minutes (0 or more)",
        new String[] {"--return-trips", "--stay", "-5"});
    // 10:00 + 600 minutes = 20:00, after the hospital's home-by 19:00
    cases.put(
        "rae: --stay: 600 minutes (hospital) do not fit between 10:00 (the later of --leave-after"
            + " and --opens) and --home-by 19:00",
        new String[] {"--return-trips", "--stay", "hospital=600"});
    cases.put(
        "rae: --arrive-by: 20:00 (gp) is after --home-by 19:00",
        new String[] {"--return-trips", "--arrive-by", "gp=20:00"});
    cases.put(
        "rae: --return-trips: 'dentist' is not a category of this run's destinations [gp,"
            + " hospital]",
        new String[] {"--return-trips", "dentist"});
    cases.put(
        "rae: --periods: 'brunch' is not a period; expected am-peak, inter-peak, evening,"
            + " saturday, sunday, school-term, school-holiday",
        new String[] {"--periods", "brunch"});
    cases.put(
        "rae: --dates: sunday=2030-01-06: 2030-01-06 is outside the timetables of this network"
            + " (2023-06-05 to 2024-03-01)",
        new String[] {"--periods", "sunday", "--dates", "sunday=2030-01-06"});
    cases.put(
        "rae: --dates: sunday=2023-06-17: 2023-06-17 is a SATURDAY, not a day of type sunday",
        new String[] {"--periods", "sunday", "--dates", "sunday=2023-06-17"});
    cases.put("rae: --stay needs --return-trips", new String[] {"--stay", "30"});
    cases.put("rae: --dates needs --periods", new String[] {"--dates", "sunday=2023-06-18"});
    // the feed has no pause on any Tuesday, so it cannot tell school holidays from term
    cases.put(
        "rae: --periods: school-holiday: the timetables (2023-06-05 to 2024-03-01) do not tell"
            + " school days from holidays: no service pauses on a Tuesday that is not a bank"
            + " holiday; give its date with --dates school-holiday=YYYY-MM-DD",
        new String[] {"--periods", "school-holiday"});
    for (Map.Entry<String, String[]> c : cases.entrySet()) {
      Run run = questions(out, c.getValue());
      assertEquals(2, run.exitCode(), run.stderr());
      List<String> errors = run.stderr().lines().filter(l -> l.startsWith("rae: ")).toList();
      assertEquals(List.of(c.getKey()), errors, run.stderr());
      assertFalse(run.hasStackTrace(), run.stderr());
      assertFalse(Files.exists(out), "nothing written for " + c.getKey());
    }
  }

  private static int seconds(String hhmmss) {
    String[] parts = hhmmss.split(":");
    return Integer.parseInt(parts[0]) * 3600
        + Integer.parseInt(parts[1]) * 60
        + Integer.parseInt(parts[2]);
  }

  private static String hhmm(int seconds) {
    return String.format("%02d:%02d", seconds / 3600, seconds / 60 % 60);
  }

  /** A CSV written by the engine (no quoted commas in these tables). */
  private record Table(List<String> header, List<String[]> rows) {
    static Table read(Path file) throws IOException {
      List<String> lines = Files.readAllLines(file);
      List<String[]> rows = new ArrayList<>();
      lines.subList(1, lines.size()).forEach(l -> rows.add(l.split(",", -1)));
      return new Table(Arrays.asList(lines.get(0).split(",")), rows);
    }

    String get(String[] row, String column) {
      int index = header.indexOf(column);
      if (index < 0) {
        throw new IllegalArgumentException(column + " not in " + header);
      }
      return row[index];
    }
  }

  /** The raw feed, counted as a planner would: calendar.txt (the feed has no calendar_dates). */
  private record Feed(
      Map<String, String[]> calendar, List<String> tripServices, List<Integer> firstDepartures) {

    static Feed read(Path zip) throws IOException {
      try (ZipFile file = new ZipFile(zip.toFile())) {
        assertTrue(
            file.getEntry("frequencies.txt") == null || lines(file, "frequencies.txt").size() == 1);
        assertTrue(lines(file, "calendar_dates.txt").size() <= 1);
        Map<String, String[]> calendar = new HashMap<>();
        List<String> cal = lines(file, "calendar.txt");
        List<String> calHeader = Arrays.asList(cal.get(0).split(","));
        for (String line : cal.subList(1, cal.size())) {
          String[] f = line.split(",", -1);
          calendar.put(f[calHeader.indexOf("service_id")], reorder(calHeader, f));
        }
        List<String> trips = lines(file, "trips.txt");
        List<String> tripHeader = Arrays.asList(trips.get(0).split(","));
        Map<String, String> serviceOf = new LinkedHashMap<>();
        for (String line : trips.subList(1, trips.size())) {
          String[] f = line.split(",", -1);
          serviceOf.put(f[tripHeader.indexOf("trip_id")], f[tripHeader.indexOf("service_id")]);
        }
        List<String> times = lines(file, "stop_times.txt");
        List<String> timeHeader = Arrays.asList(times.get(0).split(","));
        Map<String, int[]> first = new HashMap<>(); // trip -> {sequence, departure}
        for (String line : times.subList(1, times.size())) {
          String[] f = line.split(",", -1);
          int sequence = Integer.parseInt(f[timeHeader.indexOf("stop_sequence")]);
          String trip = f[timeHeader.indexOf("trip_id")];
          int[] known = first.get(trip);
          if (known == null || sequence < known[0]) {
            first.put(trip, new int[] {sequence, seconds(f[timeHeader.indexOf("departure_time")])});
          }
        }
        List<String> services = new ArrayList<>();
        List<Integer> departures = new ArrayList<>();
        serviceOf.forEach(
            (trip, service) -> {
              services.add(service);
              departures.add(first.get(trip)[1]);
            });
        return new Feed(calendar, services, departures);
      }
    }

    /** monday..sunday, start_date, end_date. */
    private static String[] reorder(List<String> header, String[] fields) {
      String[] names = {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "start_date",
        "end_date"
      };
      String[] out = new String[names.length];
      for (int i = 0; i < names.length; i++) {
        out[i] = fields[header.indexOf(names[i])].trim();
      }
      return out;
    }

    private static List<String> lines(ZipFile file, String name) throws IOException {
      if (file.getEntry(name) == null) {
        return List.of();
      }
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(
                  file.getInputStream(file.getEntry(name)), StandardCharsets.UTF_8))) {
        List<String> lines = new ArrayList<>(reader.lines().map(l -> l.replace("\"", "")).toList());
        lines.set(0, lines.get(0).replace("\uFEFF", ""));
        return lines;
      }
    }

    private boolean runs(String service, LocalDate date) {
      String[] c = calendar.get(service);
      String day = date.format(DateTimeFormatter.BASIC_ISO_DATE);
      return c[7].compareTo(day) <= 0
          && day.compareTo(c[8]) <= 0
          && c[date.getDayOfWeek().getValue() - 1].equals("1");
    }

    int running(LocalDate date) {
      return (int) tripServices.stream().filter(s -> runs(s, date)).count();
    }

    int departing(LocalDate date, int fromSeconds, int toSeconds) {
      int count = 0;
      for (int i = 0; i < tripServices.size(); i++) {
        int departure = firstDepartures.get(i);
        if (runs(tripServices.get(i), date) && departure >= fromSeconds && departure < toSeconds) {
          count++;
        }
      }
      return count;
    }

    /**
     * The day of this kind with the most trips inside the calendar's span, the earliest of equals,
     * bank holidays left out (in this span only Boxing Day 2023 falls on one of these days).
     */
    LocalDate busiest(DayOfWeek day) {
      DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
      LocalDate start =
          calendar.values().stream()
              .map(c -> LocalDate.parse(c[7], basic))
              .min(LocalDate::compareTo)
              .orElseThrow();
      LocalDate end =
          calendar.values().stream()
              .map(c -> LocalDate.parse(c[8], basic))
              .max(LocalDate::compareTo)
              .orElseThrow();
      assertEquals("2023-06-05 2024-03-01", start + " " + end);
      LocalDate best = null;
      int bestTrips = -1;
      for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
        if (d.getDayOfWeek() == day && !d.equals(LocalDate.parse("2023-12-26"))) {
          int trips = running(d);
          if (trips > bestTrips) {
            best = d;
            bestTrips = trips;
          }
        }
      }
      return best;
    }
  }
}
