package org.ruralaccess.ingest.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.support.AtomicFiles;
import org.ruralaccess.support.CsvEncoding;
import org.ruralaccess.support.CsvReader;
import org.ruralaccess.support.CsvRow;
import org.ruralaccess.support.CsvSource;

/**
 * Cuts a GTFS feed to an area the way gtfs_kit's {@code restrict_to_area} does: a trip with at
 * least one stop inside is kept whole (all its stop times, so a bus that leaves the area still
 * shows where it goes), with only the stops, parent stations, routes, agencies, services, shapes,
 * frequencies and transfers those trips need; feed_info is copied.
 *
 * <p>Streaming, because a regional BODS feed has millions of stop_times rows: stop_times is read
 * twice (once to find the trips, once to copy their rows) rather than held, and the only state is
 * sets of ids. Kept rows are written back as they were quoted (see {@link #copy}). Entries are
 * written in a fixed order (each file as soon as what it depends on is known: trips, routes,
 * agency, calendar, calendar_dates, shapes, frequencies, stop_times, stops, transfers, feed_info)
 * with fixed timestamps, so clipping the same feed twice gives the same bytes. Files the clipper
 * does not know (fares, pathways, translations) are left out and named in the result.
 */
public final class GtfsClipper {

  /** Files the clipper cuts or copies, in the order they are written. */
  static final List<String> FILE_ORDER =
      List.of(
          "trips.txt",
          "routes.txt",
          "agency.txt",
          "calendar.txt",
          "calendar_dates.txt",
          "shapes.txt",
          "frequencies.txt",
          "stop_times.txt",
          "stops.txt",
          "transfers.txt",
          "feed_info.txt");

  private final ZipFile zip;
  private final Path source;
  private final Map<String, ClipResult.RowCounts> counts = new LinkedHashMap<>();

  private final Set<String> tripIds = new HashSet<>();
  private final Set<String> routeIds = new HashSet<>();
  private final Set<String> agencyIds = new HashSet<>();
  private final Set<String> serviceIds = new HashSet<>();
  private final Set<String> shapeIds = new HashSet<>();
  private final Set<String> stopIds = new HashSet<>();
  private boolean routeWithoutAgency;

  private GtfsClipper(ZipFile zip, Path source) {
    this.zip = zip;
    this.source = source;
  }

  /**
   * Writes the part of the feed at {@code source} that serves {@code area} to {@code target},
   * through a temporary sibling and a rename, so {@code target} is never half-written. {@code
   * source} and {@code target} may be the same file.
   *
   * @throws BadInputException if the source is not a readable GTFS zip
   */
  public static ClipResult clip(Path source, Path target, BoundingBox area) {
    Path folder = target.toAbsolutePath().getParent();
    try (ZipFile zip = new ZipFile(source.toFile(), StandardCharsets.UTF_8)) {
      Files.createDirectories(folder);
      GtfsClipper clipper = new GtfsClipper(zip, source);
      AtomicFiles.writeFile(
          target,
          temporary -> {
            try (ClipZipWriter out = new ClipZipWriter(temporary)) {
              clipper.write(area, out);
            }
          });
      return new ClipResult(area, clipper.counts, clipper.unknownFiles());
    } catch (ZipException e) {
      throw new BadInputException(
          source + ": not a readable zip archive (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new BadInputException(source + ": cannot be clipped (" + e.getMessage() + ")", e);
    }
  }

  private void write(BoundingBox area, ClipZipWriter out) throws IOException {
    for (String required : DownloadChecks.REQUIRED_GTFS_FILES) {
      if (zip.getEntry(required) == null) {
        throw new BadInputException(source + ": not a GTFS feed; " + required + " is missing");
      }
    }
    Set<String> tripsWithStopInside = tripsStoppingIn(stopsInside(area));
    copy(out, "trips.txt", row -> keepTrip(row, tripsWithStopInside));
    copy(out, "routes.txt", this::keepRoute);
    // a route may leave agency_id blank only in a one-agency feed: then that agency is needed
    copy(
        out,
        "agency.txt",
        row -> routeWithoutAgency ? r -> true : keepIfListed(row, "agency_id", agencyIds, false));
    copy(out, "calendar.txt", row -> keepIfListed(row, "service_id", serviceIds, false));
    copy(out, "calendar_dates.txt", row -> keepIfListed(row, "service_id", serviceIds, false));
    copy(out, "shapes.txt", row -> keepIfListed(row, "shape_id", shapeIds, false));
    copy(out, "frequencies.txt", row -> keepIfListed(row, "trip_id", tripIds, false));
    copy(out, "stop_times.txt", this::keepStopTime);
    addParentStations();
    copy(out, "stops.txt", row -> keepIfListed(row, "stop_id", stopIds, false));
    copy(out, "transfers.txt", this::keepTransfer);
    copy(out, "feed_info.txt", row -> r -> true);
  }

  /** A rule made once the header is known: which rows of a file to keep. */
  private interface RowRule {
    boolean keep(CsvRow row);
  }

  private Set<String> stopsInside(BoundingBox area) {
    Set<String> inside = new HashSet<>();
    try (CsvReader stops = open("stops.txt")) {
      int id = stops.header().requiredColumn("stop_id");
      int lat = stops.header().column("stop_lat");
      int lon = stops.header().column("stop_lon");
      for (CsvRow stop : stops) {
        String latText = stop.trimmed(lat);
        String lonText = stop.trimmed(lon);
        if (!latText.isEmpty()
            && !lonText.isEmpty()
            && area.contains(
                parse(latText, stops, stop, "stop_lat"), parse(lonText, stops, stop, "stop_lon"))) {
          inside.add(stop.trimmed(id));
        }
      }
    }
    return inside;
  }

  /** First pass over stop_times: the trips that call at a stop inside. */
  private Set<String> tripsStoppingIn(Set<String> insideStops) {
    Set<String> trips = new HashSet<>();
    try (CsvReader stopTimes = open("stop_times.txt")) {
      int trip = stopTimes.header().requiredColumn("trip_id");
      int stop = stopTimes.header().requiredColumn("stop_id");
      for (CsvRow stopTime : stopTimes) {
        if (insideStops.contains(stopTime.trimmed(stop))) {
          trips.add(stopTime.trimmed(trip));
        }
      }
    }
    return trips;
  }

  private RowRule keepTrip(CsvReader trips, Set<String> candidates) {
    int trip = trips.header().requiredColumn("trip_id");
    int route = trips.header().requiredColumn("route_id");
    int service = trips.header().requiredColumn("service_id");
    int shape = trips.header().column("shape_id");
    return row -> {
      String tripId = row.trimmed(trip);
      if (!candidates.contains(tripId) || !tripIds.add(tripId)) {
        return false; // outside, or a duplicate row of a kept trip (readers keep the first)
      }
      routeIds.add(row.trimmed(route));
      serviceIds.add(row.trimmed(service));
      addIfPresent(shapeIds, row.trimmed(shape));
      return true;
    };
  }

  private RowRule keepRoute(CsvReader routes) {
    int route = routes.header().requiredColumn("route_id");
    int agency = routes.header().column("agency_id");
    return row -> {
      if (!routeIds.contains(row.trimmed(route))) {
        return false;
      }
      String agencyId = row.trimmed(agency);
      routeWithoutAgency |= agencyId.isEmpty();
      addIfPresent(agencyIds, agencyId);
      return true;
    };
  }

  /** Second pass over stop_times: every row of a kept trip, and the stops they use. */
  private RowRule keepStopTime(CsvReader stopTimes) {
    int trip = stopTimes.header().requiredColumn("trip_id");
    int stop = stopTimes.header().requiredColumn("stop_id");
    return row -> {
      if (!tripIds.contains(row.trimmed(trip))) {
        return false;
      }
      stopIds.add(row.trimmed(stop));
      return true;
    };
  }

  private RowRule keepTransfer(CsvReader transfers) {
    Map<Integer, Set<String>> kept = new HashMap<>();
    putColumn(kept, transfers, "from_stop_id", stopIds);
    putColumn(kept, transfers, "to_stop_id", stopIds);
    putColumn(kept, transfers, "from_route_id", routeIds);
    putColumn(kept, transfers, "to_route_id", routeIds);
    putColumn(kept, transfers, "from_trip_id", tripIds);
    putColumn(kept, transfers, "to_trip_id", tripIds);
    return row -> {
      for (Map.Entry<Integer, Set<String>> column : kept.entrySet()) {
        String id = row.trimmed(column.getKey());
        if (!id.isEmpty() && !column.getValue().contains(id)) {
          return false;
        }
      }
      return true;
    };
  }

  private static void putColumn(
      Map<Integer, Set<String>> kept, CsvReader file, String column, Set<String> ids) {
    int index = file.header().column(column);
    if (index >= 0) {
      kept.put(index, ids);
    }
  }

  private static RowRule keepIfListed(
      CsvReader file, String column, Set<String> ids, boolean keepBlank) {
    int index = file.header().column(column);
    if (index < 0) {
      return row -> keepBlank;
    }
    return row -> {
      String id = row.trimmed(index);
      return id.isEmpty() ? keepBlank : ids.contains(id);
    };
  }

  /** Stations (and the platforms of boarding areas) of kept stops, up the parent_station chain. */
  private void addParentStations() {
    Map<String, String> parentOf = new HashMap<>();
    try (CsvReader stops = open("stops.txt")) {
      int id = stops.header().requiredColumn("stop_id");
      int parent = stops.header().column("parent_station");
      for (CsvRow stop : stops) {
        addIfPresent(parentOf, stop.trimmed(id), stop.trimmed(parent));
      }
    }
    for (String stop : List.copyOf(stopIds)) {
      String parent = parentOf.get(stop);
      for (int depth = 0; parent != null && depth < 3; depth++) {
        stopIds.add(parent);
        parent = parentOf.get(parent);
      }
    }
  }

  /**
   * Copies the rows the rule keeps. A kept row is written back field by field, each field quoted
   * exactly when it was quoted in the source ({@link CsvRow#text()}), so a row that follows RFC
   * 4180 comes out byte for byte; only its line end becomes {@code \n}. A line with broken quoting
   * is written as the reader read it on its own (see {@link CsvReader}).
   */
  private void copy(ClipZipWriter out, String file, Function<CsvReader, RowRule> rules)
      throws IOException {
    if (zip.getEntry(file) == null) {
      return;
    }
    try (CsvReader rows = open(file)) {
      RowRule rule = rules.apply(rows);
      out.startFile(file, rows.headerRow() == null ? "" : rows.headerRow().text());
      long kept = 0;
      for (CsvRow row : rows) {
        if (rule.keep(row)) {
          out.writeLine(row.text());
          kept++;
        }
      }
      out.endFile();
      counts.put(file, new ClipResult.RowCounts(rows.rowCount(), kept));
    }
  }

  /** A file of the feed, strictly UTF-8 as GTFS requires, named {@code feed.zip!file}. */
  private CsvReader open(String file) {
    ZipEntry entry = zip.getEntry(file);
    return CsvReader.open(
        new CsvSource(source.getFileName() + "!" + file, () -> zip.getInputStream(entry)),
        CsvEncoding.UTF8);
  }

  private List<String> unknownFiles() {
    List<String> unknown = new ArrayList<>();
    zip.stream()
        .map(ZipEntry::getName)
        .filter(name -> !name.endsWith("/") && !FILE_ORDER.contains(name))
        .sorted()
        .forEach(unknown::add);
    return unknown;
  }

  private static double parse(String text, CsvReader file, CsvRow row, String field) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw BadInputException.at(
          file.label(), row.line(), field, "'" + text + "' is not a number in degrees");
    }
  }

  private static void addIfPresent(Set<String> ids, String id) {
    if (!id.isEmpty()) {
      ids.add(id);
    }
  }

  private static void addIfPresent(Map<String, String> parentOf, String id, String parent) {
    if (!parent.isEmpty()) {
      parentOf.put(id, parent);
    }
  }
}
