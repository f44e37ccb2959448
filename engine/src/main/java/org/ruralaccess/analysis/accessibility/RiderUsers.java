package org.ruralaccess.analysis.accessibility;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.destination.DestinationCategory;
import org.ruralaccess.model.zone.AgeBand;

/**
 * Who a rider group's indicators count as users: the Census 2021 age bands standing in for the
 * group (see {@code docs/indicators.md}, "Rider groups"). The census bands carried by the zones are
 * 0-15, 16-24, 25-34, 35-49, 50-64 and 65+; no disability or membership counts are bundled.
 *
 * <ul>
 *   <li>{@code general}, {@code member}: each category's usual users (with any {@code --users});
 *   <li>{@code older}: residents aged 65+ for every category, the band closest to the schemes' 60+
 *       (the 60-64s sit in the 50-64 band and are left out);
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
      older.put(category.key(), EnumSet.of(AgeBand.AGE_65_PLUS));
    }
    return settings.withUsers(older);
  }
}
