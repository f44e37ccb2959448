package org.ruralaccess.model.destination;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.AgeRange;

/**
 * The destination categories the engine knows, each with the short code the DfT Journey Time
 * Statistics use in their column names (e.g. GP -> {@code GPPTt}) and the ages of the residents who
 * use it (the population that weights the per-zone indicators), counted with the census bands that
 * stand in for those ages ({@link AgeRange#proxy}): further education's 16-19s are the 16-24 band
 * of the six-band table and the 15-19 band of TS007A.
 */
public enum DestinationCategory {
  PRIMARY_SCHOOL("PS", new AgeRange(0, 15)),
  SECONDARY_SCHOOL("SS", new AgeRange(0, 15)),
  FURTHER_EDUCATION("FE", new AgeRange(16, 19)),
  GP("GP", AgeRange.ALL),
  HOSPITAL("Hosp", AgeRange.ALL),
  JOBS("Emp", new AgeRange(16, 64)),
  FOOD_STORE("Food", AgeRange.ALL),
  TOWN_CENTRE("Town", AgeRange.ALL),
  /** r5r-style opportunity columns whose users are everyone (e.g. schools, healthcare). */
  SCHOOLS("Sch", new AgeRange(0, 15)),
  HEALTHCARE("Health", AgeRange.ALL),
  /** Post offices (from OpenStreetMap, {@code amenity=post_office}). */
  POST_OFFICE("Post", AgeRange.ALL),
  /** Pharmacies (from OpenStreetMap, {@code amenity=pharmacy}). */
  PHARMACY("Pharm", AgeRange.ALL);

  private final String jtsCode;
  private final AgeRange userAges;

  DestinationCategory(String jtsCode, AgeRange userAges) {
    this.jtsCode = jtsCode;
    this.userAges = userAges;
  }

  /** Lower-case name used in files: {@code primary_school}, {@code gp}, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String jtsCode() {
    return jtsCode;
  }

  /** The ages of its users, e.g. 16-19 for further education. */
  public AgeRange userAges() {
    return userAges;
  }

  /** The bands that count its users, in every table (a zone sums those of its own table). */
  public Set<AgeBand> users() {
    return userAges.bands();
  }

  public static Optional<DestinationCategory> fromKey(String key) {
    for (DestinationCategory category : values()) {
      if (category.key().equalsIgnoreCase(key.trim())) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }
}
