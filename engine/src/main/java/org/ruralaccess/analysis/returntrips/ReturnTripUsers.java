package org.ruralaccess.analysis.returntrips;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.accessibility.RiderUsers;
import org.ruralaccess.analysis.indicators.IndicatorCategory;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.Zone;

/**
 * Who counts as a user of each category for each rider group: the rider indicators' rule ({@link
 * RiderUsers}: residents aged 65+ for older riders, the category's usual users otherwise), so that
 * return trips and the rider tables weigh zones alike.
 */
final class ReturnTripUsers {

  private final Map<RiderGroup, List<IndicatorCategory>> byRider = new EnumMap<>(RiderGroup.class);
  private final List<String> keys;

  ReturnTripUsers(DestinationSet destinations, IndicatorSettings settings, List<String> keys) {
    this.keys = List.copyOf(keys);
    for (RiderGroup rider : RiderGroup.values()) {
      List<IndicatorCategory> all =
          IndicatorCategory.of(
              destinations, RiderUsers.settings(rider, settings).usersByCategory());
      byRider.put(rider, keys.stream().map(key -> find(all, key)).toList());
    }
  }

  private static IndicatorCategory find(List<IndicatorCategory> all, String key) {
    return all.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
  }

  /** Residents of {@code zone} who use category {@code k} as {@code rider}s. */
  double users(RiderGroup rider, int k, Zone zone) {
    return byRider.get(rider).get(k).users(zone);
  }

  /** Those of them in {@code band}; NaN when the zone has no age bands. */
  double users(RiderGroup rider, int k, Zone zone, AgeBand band) {
    return byRider.get(rider).get(k).users(zone, band);
  }

  List<String> keys() {
    return keys;
  }
}
