package org.ruralaccess.ingest.destinations;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ruralaccess.model.destination.DestinationCategory;

/**
 * Which destination category a GIAS establishment serves, following the DfT Journey Time
 * Statistics, which count state-funded mainstream provision:
 *
 * <ul>
 *   <li>{@code PRIMARY_SCHOOL}: phase Primary or Middle deemed primary;
 *   <li>{@code SECONDARY_SCHOOL}: phase Secondary, Middle deemed secondary or All-through (an
 *       all-through school is reachable for secondary pupils; counting it also as primary would
 *       double-count one site, and JTS files it under secondary);
 *   <li>{@code FURTHER_EDUCATION}: establishment type Further education or Sixth form centres, and
 *       any phase "16 plus" (16-19 academies and free schools). School sixth forms stay secondary
 *       schools.
 * </ul>
 *
 * Not destinations: independent schools, special schools (their pupils are placed, often far away,
 * and mostly travel on arranged transport), pupil referral units and alternative provision, secure
 * units, nursery schools (no JTS category), online providers (no site), universities, and schools
 * overseas or offshore. These are excluded by type and type group before the phase is looked at, so
 * a newer extract that gives them a phase still leaves them out.
 */
final class GiasClassification {

  /** Lower-case fragments of type or type-group names that are never a destination. */
  private static final Set<String> EXCLUDED_TYPES =
      Set.of(
          "independent",
          "special",
          "pupil referral",
          "alternative provision",
          "secure",
          "nursery",
          "online provider",
          "higher education",
          "overseas",
          "offshore",
          "welsh");

  private GiasClassification() {}

  static Optional<DestinationCategory> category(String type, String typeGroup, String phase) {
    String typeName = type.toLowerCase(Locale.ROOT);
    String groupName = typeGroup.toLowerCase(Locale.ROOT);
    for (String excluded : EXCLUDED_TYPES) {
      if (typeName.contains(excluded) || groupName.contains(excluded)) {
        return Optional.empty();
      }
    }
    if (typeName.equals("further education") || typeName.equals("sixth form centres")) {
      return Optional.of(DestinationCategory.FURTHER_EDUCATION);
    }
    return switch (phase.toLowerCase(Locale.ROOT)) {
      case "primary", "middle deemed primary" -> Optional.of(DestinationCategory.PRIMARY_SCHOOL);
      case "secondary", "middle deemed secondary", "all-through", "all through" ->
          Optional.of(DestinationCategory.SECONDARY_SCHOOL);
      case "16 plus" -> Optional.of(DestinationCategory.FURTHER_EDUCATION);
      default -> Optional.empty();
    };
  }

  /** Open, or open but proposed to close; "Proposed to open" has no pupils yet. */
  static boolean isOpen(String status) {
    String name = status.toLowerCase(Locale.ROOT);
    return name.isEmpty() || name.equals("open") || name.startsWith("open,");
  }
}
