package org.ruralaccess.model.zone;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The zones of a region, in a fixed order (sorted by code). */
public record ZoneSet(List<Zone> zones) {

  /**
   * An ONS LSOA code: E01 (England) or W01 (Wales) and six digits. The 2011 and 2021 codes share
   * the form; the engine's bundled zones are the 2021 ones.
   */
  private static final Pattern LSOA_CODE = Pattern.compile("[EW]01\\d{6}");

  public int size() {
    return zones.size();
  }

  public Zone zone(int index) {
    return zones.get(index);
  }

  public Optional<Zone> findZone(String code) {
    return zones.stream().filter(z -> z.code().equals(code)).findFirst();
  }

  /**
   * Whether these zones are LSOAs: every code is an ONS LSOA code (false for an empty set, and for
   * r5r-style hexagons or any other point set), so outputs can name the id column {@code LSOA21CD}.
   */
  public boolean areLsoas() {
    return !zones.isEmpty() && zones.stream().allMatch(z -> LSOA_CODE.matcher(z.code()).matches());
  }
}
