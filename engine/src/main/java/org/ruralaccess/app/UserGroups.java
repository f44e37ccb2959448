package org.ruralaccess.app;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.destination.DestinationCategory;
import org.ruralaccess.model.zone.AgeBand;
import org.ruralaccess.model.zone.AgeRange;

/**
 * {@code --users CATEGORY=GROUP}: who counts as a user of a category, e.g. {@code gp=older} for GP
 * access of residents aged 65 and over. Groups: {@code all}, {@code children} (0-15), {@code young}
 * (16-24), {@code working-age} (16-64), {@code older} (65+), or ages joined by {@code +}: {@code
 * 50-64}, {@code 16-19}, {@code 60+} (or {@code 60-}). Each age range is counted with the bands of
 * the zones' census table that stand in for it ({@link AgeRange#proxy}): {@code 16-19} is the 16-24
 * band of the six-band table and the 15-19 band of TS007A.
 */
final class UserGroups {

  private static final Map<String, AgeRange> GROUPS =
      Map.of(
          "all", AgeRange.ALL,
          "children", new AgeRange(0, 15),
          "young", new AgeRange(16, 24),
          "working-age", new AgeRange(16, 64),
          "older", AgeRange.andOver(65));

  private UserGroups() {}

  static Map<String, Set<AgeBand>> parse(Map<String, String> flags) {
    Map<String, Set<AgeBand>> users = new TreeMap<>();
    if (flags == null) {
      return users;
    }
    flags.forEach(
        (category, group) -> {
          String key = category.trim().toLowerCase(Locale.ROOT);
          if (DestinationCategory.fromKey(key).isEmpty()) {
            throw new BadInputException(
                "--users: '"
                    + category
                    + "' is not a destination category; expected one of "
                    + java.util.Arrays.stream(DestinationCategory.values())
                        .map(DestinationCategory::key)
                        .toList());
          }
          users.put(key, bands(group));
        });
    return users;
  }

  private static Set<AgeBand> bands(String group) {
    Set<AgeBand> bands = EnumSet.noneOf(AgeBand.class);
    for (String part : group.trim().toLowerCase(Locale.ROOT).split("\\+(?=[0-9a-z])")) {
      AgeRange range = GROUPS.containsKey(part) ? GROUPS.get(part) : ages(part);
      if (range == null) {
        throw new BadInputException(
            "--users: '"
                + group
                + "' is not a group; expected all, children, young, working-age,"
                + " older, or ages such as 16-19, 50-64+65+ or 60+");
      }
      bands.addAll(range.bands());
    }
    return bands;
  }

  /** {@code 16-19}, {@code 60+} or {@code 60-}; null when the text is none of these. */
  private static AgeRange ages(String text) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("([0-9]{1,3})(?:-([0-9]{1,3})|[+-])").matcher(text);
    if (!m.matches()) {
      return null;
    }
    int from = Integer.parseInt(m.group(1));
    int to = m.group(2) == null ? AgeRange.OPEN : Integer.parseInt(m.group(2));
    return to < from ? null : new AgeRange(from, to);
  }
}
