package org.ruralaccess.analysis.accessibility;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.DestinationCategory;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.AgeRange;

/**
 * Who a rider group's indicators count as users: the Census 2021 age bands standing in for the
 * group (see {@code docs/indicators.md}, "Rider groups"). No disability or membership counts are
 * bundled.
 *
 * <ul>
 *   <li>{@code general}, {@code member}: each category's usual users (with any {@code --users});
 *   <li>{@code older}: residents aged 60+ for every category, the schemes' own age: exactly 60-64
 *       and over with the five-year bands of TS007A; with the six-band table its proxy is 65+ (the
 *       60-64s sit in the 50-64 band and are left out, see {@link AgeRange#proxy});
 *   <li>{@code disabled}: each category's usual users, all of them: a proxy for the disabled
 *       residents among them, whose number is not known per zone.
 * </ul>
 */
public final class RiderUsers {

  private RiderUsers() {}

  public static IndicatorSettings settings(RiderGroup rider, IndicatorSettings settings) {
    if (rider != RiderGroup.OLDER) {
      return settings;
    }
    Map<String, Set<AgeBand>> older = new TreeMap<>();
    for (DestinationCategory category : DestinationCategory.values()) {
      older.put(category.key(), RiderGroup.OLDER_AGES.bands());
    }
    return settings.withUsers(older);
  }
}
