package org.ruralaccess.ingest.osm;

import com.graphhopper.reader.ReaderElement;
import java.util.List;
import java.util.Set;
import org.ruralaccess.model.destination.DestinationCategory;

/**
 * Which OpenStreetMap tags make a destination of a category (see {@code docs/indicators.md},
 * "Destinations from OpenStreetMap"). First match wins, in this order:
 *
 * <ul>
 *   <li>{@code food_store}: {@code shop=supermarket|convenience|greengrocer|grocery|general} (a
 *       village shop is usually {@code convenience} or {@code general});
 *   <li>{@code post_office}: {@code amenity=post_office};
 *   <li>{@code pharmacy}: {@code amenity=pharmacy} or {@code healthcare=pharmacy};
 *   <li>{@code town_centre}: {@code place=town|city} on a node: the point OpenStreetMap puts at a
 *       town's centre (its market place or high street). The DfT's own town centres are polygons
 *       from 2004 that are not published as open data; this is the open stand-in.
 * </ul>
 */
final class OsmDestinationRule {

  static final List<DestinationCategory> CATEGORIES =
      List.of(
          DestinationCategory.FOOD_STORE,
          DestinationCategory.POST_OFFICE,
          DestinationCategory.PHARMACY,
          DestinationCategory.TOWN_CENTRE);

  private OsmDestinationRule() {}

  /** The category of {@code element} among {@code wanted}, or null. */
  static DestinationCategory match(ReaderElement element, Set<DestinationCategory> wanted) {
    for (DestinationCategory category : CATEGORIES) {
      if (wanted.contains(category) && matches(category, element)) {
        return category;
      }
    }
    return null;
  }

  private static boolean matches(DestinationCategory category, ReaderElement element) {
    return switch (category) {
      case FOOD_STORE ->
          element.hasTag("shop", "supermarket", "convenience", "greengrocer", "grocery", "general");
      case POST_OFFICE -> element.hasTag("amenity", "post_office");
      case PHARMACY ->
          element.hasTag("amenity", "pharmacy") || element.hasTag("healthcare", "pharmacy");
      case TOWN_CENTRE ->
          element.getType() == ReaderElement.Type.NODE && element.hasTag("place", "town", "city");
      default -> false;
    };
  }
}
