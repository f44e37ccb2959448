package org.ruralaccess.ingest.destinations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ruralaccess.ingest.osm.OsmDestinationReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationCategory;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;

/**
 * The {@code osm} destination source: {@code - format: osm} in region.yaml, optionally with {@code
 * categories: [food_store, pharmacy]} (default: all four the reader knows) and a {@code path} (by
 * default the region's {@code osm:} extract). Reports what it found ({@code OSM_DESTINATIONS},
 * INFO) and what it left out ({@code OSM_DESTINATIONS_SKIPPED}, WARNING: stores drawn as relations,
 * and ways whose nodes the extract cut off).
 */
final class OsmDestinations {

  static final List<DestinationCategory> KNOWN =
      List.of(
          DestinationCategory.FOOD_STORE,
          DestinationCategory.POST_OFFICE,
          DestinationCategory.PHARMACY,
          DestinationCategory.TOWN_CENTRE);

  private OsmDestinations() {}

  static List<Destination> read(DestinationSource source, ImportIssues issues) {
    Set<DestinationCategory> categories = categories(source);
    OsmDestinationReader.Result result =
        OsmDestinationReader.read(source.path(), categories, line -> {});
    String file = source.path().getFileName().toString();
    List<String> counts = new ArrayList<>();
    result.countByCategory().forEach((category, n) -> counts.add(n + " " + category.key()));
    issues.add(
        ImportIssue.of(
            Severity.INFO,
            "OSM_DESTINATIONS",
            file,
            0,
            null,
            "destinations from OpenStreetMap: " + String.join(", ", counts)));
    if (result.relationsSkipped() > 0 || result.waysWithoutNodes() > 0) {
      issues.add(
          ImportIssue.of(
              Severity.WARNING,
              "OSM_DESTINATIONS_SKIPPED",
              file,
              0,
              null,
              result.relationsSkipped()
                  + " matching relations (multipolygons) are not read and "
                  + result.waysWithoutNodes()
                  + " matching ways have no node in the extract; add them as nodes or in a csv"
                  + " source if they matter"));
    }
    return result.destinations();
  }

  private static Set<DestinationCategory> categories(DestinationSource source) {
    List<String> named = source.listOption("categories");
    if (named.isEmpty()) {
      return EnumSet.copyOf(KNOWN);
    }
    Set<DestinationCategory> categories = EnumSet.noneOf(DestinationCategory.class);
    for (String key : named) {
      DestinationCategory category =
          DestinationCategory.fromKey(key).filter(KNOWN::contains).orElse(null);
      if (category == null) {
        throw new BadInputException(
            "region.yaml: destinations of format osm: '"
                + key
                + "' is not a category read from OpenStreetMap; expected food_store, post_office,"
                + " pharmacy or town_centre");
      }
      categories.add(category);
    }
    return categories;
  }
}
