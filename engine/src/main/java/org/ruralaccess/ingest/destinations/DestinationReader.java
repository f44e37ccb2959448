package org.ruralaccess.ingest.destinations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ruralaccess.ingest.postcodes.PostcodeIndex;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.Coordinate;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;

/**
 * Reads every destination source of a region into one {@link DestinationSet}, sorted by category
 * key then id (string order), so the same inputs give the same order.
 *
 * <p>Formats: {@code gias} ({@link GiasReader}), {@code epraccur} ({@link EpraccurReader}), {@code
 * hospitals} ({@link StrokeHospitalReader}), {@code csv} ({@link DestinationCsvReader}), {@code
 * opportunities} ({@link OpportunityReader}), {@code osm} ({@link OsmDestinations}: food stores,
 * post offices, pharmacies and town centres from the OpenStreetMap extract). Across all sources, a
 * second destination with the same id in the same category is reported ({@code
 * DUPLICATE_DESTINATION}) and dropped, the first read is kept; a position that is not valid WGS84
 * is reported ({@code INVALID_POSITION}) and dropped. Destinations outside every zone are the
 * caller's check: it has the zones.
 */
public final class DestinationReader {

  private DestinationReader() {}

  /**
   * @param postcodes Code-Point Open centroids for the formats geocoded by postcode (epraccur
   *     always, GIAS and hospitals for rows without coordinates); may be null when no source needs
   *     them
   */
  public static DestinationSet read(
      List<DestinationSource> sources, PostcodeIndex postcodes, ImportIssues issues) {
    DestinationLocator locator = new DestinationLocator(postcodes);
    List<Destination> all = new ArrayList<>();
    Map<String, IssueTally> talliesByFile = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (DestinationSource source : sources) {
      IssueTally tally = talliesByFile.computeIfAbsent(source.path().toString(), IssueTally::new);
      for (Destination destination : readSource(source, locator, issues)) {
        if (keep(destination, seen, tally)) {
          all.add(destination);
        }
      }
    }
    talliesByFile.values().forEach(tally -> tally.reportTo(issues));
    all.sort(Comparator.comparing(Destination::category).thenComparing(Destination::id));
    return new DestinationSet(List.copyOf(all));
  }

  private static List<Destination> readSource(
      DestinationSource source, DestinationLocator locator, ImportIssues issues) {
    String format = source.format() == null ? "" : source.format().trim().toLowerCase(Locale.ROOT);
    return switch (format) {
      case "gias" ->
          GiasReader.read(source.path(), Set.copyOf(source.listOption("laCodes")), locator, issues);
      case "epraccur" ->
          EpraccurReader.read(
              source.path(),
              Set.copyOf(
                  source.listOption("postcodeAreas").stream()
                      .map(a -> a.toUpperCase(Locale.ROOT))
                      .toList()),
              locator,
              issues);
      case "hospitals" -> StrokeHospitalReader.read(source.path(), locator, issues);
      case "csv" -> DestinationCsvReader.read(source.path());
      case "opportunities" ->
          OpportunityReader.read(source.path(), source.listOption("columns"), issues);
      case "osm" -> OsmDestinations.read(source, issues);
      default ->
          throw new BadInputException(
              source.path()
                  + ": unknown destination format '"
                  + source.format()
                  + "'; expected gias, epraccur, hospitals, csv, opportunities or osm");
    };
  }

  private static boolean keep(Destination destination, Set<String> seen, IssueTally tally) {
    if (destination.id() == null || destination.id().isBlank()) {
      tally.add(
          Severity.WARNING,
          "DESTINATION_WITHOUT_ID",
          "destinations have an empty id and were skipped",
          0,
          null,
          destination.category() + " " + destination.name());
      return false;
    }
    if (!new Coordinate(destination.lat(), destination.lon()).isValid()) {
      tally.add(
          Severity.WARNING,
          "INVALID_POSITION",
          "destinations have a position that is not valid WGS84 and were skipped",
          0,
          destination.id(),
          destination.category() + " " + destination.id());
      return false;
    }
    if (!seen.add(destination.category() + "\u0000" + destination.id())) {
      tally.add(
          Severity.WARNING,
          "DUPLICATE_DESTINATION",
          "destinations repeat an id already read in the same category; the first was kept",
          0,
          destination.id(),
          destination.category() + " " + destination.id() + " " + destination.name());
      return false;
    }
    return true;
  }
}
