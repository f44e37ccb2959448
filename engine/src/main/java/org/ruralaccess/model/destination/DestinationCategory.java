package org.ruralaccess.model.destination;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ruralaccess.model.zone.AgeBand;

/**
 * The destination categories the engine knows, each with the short code the DfT Journey Time
 * Statistics use in their column names (e.g. GP -> {@code GPPTt}) and the residents who use it (the
 * population that weights the per-zone indicators).
 */
public enum DestinationCategory {
  PRIMARY_SCHOOL("PS", EnumSet.of(AgeBand.AGE_0_15)),
  SECONDARY_SCHOOL("SS", EnumSet.of(AgeBand.AGE_0_15)),
  FURTHER_EDUCATION("FE", EnumSet.of(AgeBand.AGE_16_24)),
  GP("GP", EnumSet.allOf(AgeBand.class)),
  HOSPITAL("Hosp", EnumSet.allOf(AgeBand.class)),
  JOBS(
      "Emp",
      EnumSet.of(AgeBand.AGE_16_24, AgeBand.AGE_25_34, AgeBand.AGE_35_49, AgeBand.AGE_50_64)),
  FOOD_STORE("Food", EnumSet.allOf(AgeBand.class)),
  TOWN_CENTRE("Town", EnumSet.allOf(AgeBand.class)),
  /** r5r-style opportunity columns whose users are everyone (e.g. schools, healthcare). */
  SCHOOLS("Sch", EnumSet.of(AgeBand.AGE_0_15)),
  HEALTHCARE("Health", EnumSet.allOf(AgeBand.class));

  private final String jtsCode;
  private final Set<AgeBand> users;

  DestinationCategory(String jtsCode, Set<AgeBand> users) {
    this.jtsCode = jtsCode;
    this.users = users;
  }

  /** Lower-case name used in files: {@code primary_school}, {@code gp}, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String jtsCode() {
    return jtsCode;
  }

  public Set<AgeBand> users() {
    return users;
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
