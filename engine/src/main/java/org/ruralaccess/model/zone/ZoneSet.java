package org.ruralaccess.model.zone;

import java.util.List;
import java.util.Optional;

/** The zones of a region, in a fixed order (sorted by code). */
public record ZoneSet(List<Zone> zones) {

  public int size() {
    return zones.size();
  }

  public Zone zone(int index) {
    return zones.get(index);
  }

  public Optional<Zone> findZone(String code) {
    return zones.stream().filter(z -> z.code().equals(code)).findFirst();
  }
}
