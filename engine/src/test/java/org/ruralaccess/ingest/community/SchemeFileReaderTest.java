package org.ruralaccess.ingest.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.community.BookingRule;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.Eligibility;
import org.ruralaccess.model.community.FixedStop;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.community.SchemeKind;
import org.ruralaccess.model.community.ServiceArea;
import org.ruralaccess.model.community.TimeWindow;
import org.ruralaccess.testing.RepoFiles;

/** The planner scheme format: a valid file to the exact model, a broken one to every error. */
class SchemeFileReaderTest {

  private static final Path DIR = RepoFiles.resolve("engine/src/test/resources/community");

  @Test
  void tuesdayOnlyMarketBus() {
    Scheme bus = scheme("test-dorset:market-bus");
    assertEquals(SchemeKind.FIXED_ROUTE, bus.kind());
    assertEquals("Tuesday market bus", bus.name());
    assertEquals(Set.of(DayOfWeek.TUESDAY), bus.days().weekdays());
    // 2026-03-03 is a Tuesday, 2026-03-04 a Wednesday; 2025-12-30 is a Tuesday before valid_from
    assertTrue(bus.days().runsOn(LocalDate.of(2026, 3, 3)));
    assertFalse(bus.days().runsOn(LocalDate.of(2026, 3, 4)));
    assertFalse(bus.days().runsOn(LocalDate.of(2025, 12, 30)));
    // 09:30 = 34200 s, 10:05 = 36300 s
    assertEquals(
        List.of(
            new FixedStop(null, "Village Green", 50.912, -1.83, 34200, 34200),
            new FixedStop("1800TEST01", "Market Square", Double.NaN, Double.NaN, 36300, 36300)),
        bus.stops());
    assertTrue(bus.areas().isEmpty());
    assertTrue(bus.windows().isEmpty());
    assertEquals(BookingRule.none(), bus.booking());
    assertEquals(Eligibility.everyone(), bus.eligibility());
  }

  @Test
  void dialARideByTwoRealLsoaCodes() throws IOException {
    Scheme dar = scheme("test-dorset:dar-north");
    assertEquals(SchemeKind.DIAL_A_RIDE, dar.kind());
    assertEquals(
        List.of("E01020373", "E01020374"), dar.areas().stream().map(ServiceArea::id).toList());
    // the same features read independently: same number of points in their outer rings
    JsonNode features =
        new ObjectMapper()
            .readTree(
                RepoFiles.resolve("regions/dorset/zones/lsoa21_boundaries_dorset.geojson").toFile())
            .get("features");
    for (ServiceArea area : dar.areas()) {
      for (JsonNode f : features) {
        if (f.path("properties").path("LSOA21CD").asText().equals(area.id())) {
          assertEquals(
              f.get("geometry").get("coordinates").get(0).size(), area.geometry().getNumPoints());
        }
      }
    }
    assertEquals(
        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), dar.days().weekdays());
    // 09:00-16:30 = 32400 to 59400 s
    assertEquals(List.of(new TimeWindow(32400, 59400)), dar.windows());
    // the day before by 16:00 = 57600 s
    assertEquals(BookingRule.priorDays(1, 57600), dar.booking());
    assertEquals(
        new Eligibility(Set.of(Eligibility.Group.AGE_60_PLUS, Eligibility.Group.DISABLED)),
        dar.eligibility());
    assertTrue(dar.eligibility().admits(Set.of(Eligibility.Group.DISABLED)));
    assertFalse(dar.eligibility().admits(Set.of(Eligibility.Group.REGISTERED_MEMBERS)));
    assertEquals(1.5, dar.vehicleTimeFactor());
    assertEquals(600.0, dar.vehicleTimeOffsetSeconds()); // 10 minutes
  }

  @Test
  void volunteerCarForOver60s() {
    Scheme car = scheme("test-dorset:good-neighbours");
    assertEquals(SchemeKind.VOLUNTEER_CAR, car.kind());
    assertEquals(5, car.days().weekdays().size());
    assertEquals(List.of(new TimeWindow(8 * 3600, 18 * 3600)), car.windows());
    assertEquals(BookingRule.sameDay(120), car.booking());
    assertEquals(new Eligibility(Set.of(Eligibility.Group.AGE_60_PLUS)), car.eligibility());
    // inline 0.1 x 0.1 degree square: area 0.01 square degrees; defaults factor 1, offset 0
    assertEquals(0.01, car.areas().get(0).geometry().getArea(), 1e-12);
    assertEquals("good-neighbours#area", car.areas().get(0).id());
    assertEquals(1.0, car.vehicleTimeFactor());
    assertEquals(0.0, car.vehicleTimeOffsetSeconds());
  }

  @Test
  void fourMistakesAreFourErrorsWithTheirLines() throws IOException {
    Path file = DIR.resolve("schemes-four-mistakes.yaml");
    List<String> lines = Files.readAllLines(file);
    BadInputException e = assertThrows(BadInputException.class, () -> SchemeFileReader.read(file));
    String message = e.getMessage();
    assertTrue(message.contains("4 errors"), message);
    for (String mistake : List.of("tuesdy", "25:99", "E09999999", "notice:")) {
      int line = lineOf(lines, mistake);
      assertTrue(message.contains("line " + line + " "), mistake + " at " + line + ":\n" + message);
    }
    assertEquals(5, message.split("\n").length, message); // heading + 4
  }

  @Test
  void sameSchemesBothFormatsOneModel() {
    List<Scheme> planner = SchemeFileReader.read(DIR.resolve("schemes-valid.yaml"));
    List<Scheme> flex =
        FlexFeedReader.read(
            RepoFiles.resolve("gtfs-feeds/flex/r5_valid"),
            "r5",
            new org.ruralaccess.model.issue.ImportIssues());
    CommunityTransport all = CommunityTransport.of(planner, flex);
    // 3 planner schemes + 4 flex trips, sorted by id
    assertEquals(7, all.schemes().size());
    assertEquals("r5:T1", all.schemes().get(0).id());
    assertEquals(SchemeKind.DIAL_A_RIDE, all.scheme("test-dorset:dar-north").kind());
  }

  @Test
  void documentedIllustrativeExampleReads(@org.junit.jupiter.api.io.TempDir Path temp)
      throws IOException {
    String doc = Files.readString(RepoFiles.resolve("docs/community-transport.md"));
    int start = doc.indexOf("```yaml\n# ILLUSTRATIVE") + "```yaml\n".length();
    String yaml = doc.substring(start, doc.indexOf("```", start));
    Path zones = RepoFiles.resolve("regions/dorset/zones/lsoa21_boundaries_dorset.geojson");
    Path file = temp.resolve("example.yaml");
    Files.writeString(
        file,
        yaml.replace(
            "zones_file: regions/dorset/zones/lsoa21_boundaries_dorset.geojson",
            "zones_file: " + zones.toAbsolutePath()));
    List<Scheme> schemes = SchemeFileReader.read(file);
    assertEquals(
        List.of(SchemeKind.FIXED_ROUTE, SchemeKind.DIAL_A_RIDE, SchemeKind.VOLUNTEER_CAR),
        schemes.stream().map(Scheme::kind).toList());
    assertEquals(3, schemes.get(0).stops().size());
  }

  private static int lineOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in file");
  }

  private static Scheme scheme(String id) {
    Scheme scheme =
        new CommunityTransport(SchemeFileReader.read(DIR.resolve("schemes-valid.yaml"))).scheme(id);
    assertTrue(scheme != null, id);
    return scheme;
  }
}
