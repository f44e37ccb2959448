package org.ruralaccess.app;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.destination.DestinationCategory;
import org.ruralaccess.model.zone.AgeBand;

/**
 * {@code --users CATEGORY=GROUP}: who counts as a user of a category, e.g. {@code gp=older} for GP
 * access of residents aged 65 and over. Groups: {@code all}, {@code children} (0-15), {@code young}
 * (16-24), {@code working-age} (16-64), {@code older} (65+), or Census bands joined by {@code +}:
 * {@code 0-15}, {@code 16-24}, {@code 25-34}, {@code 35-49}, {@code 50-64}, {@code 65-}.
 */
final class UserGroups {

  private static final Map<String, Set<AgeBand>> GROUPS =
      Map.of(
          "all", EnumSet.allOf(AgeBand.class),
          "children", EnumSet.of(AgeBand.AGE_0_15),
          "young", EnumSet.of(AgeBand.AGE_16_24),
          "working-age",
              EnumSet.of(
                  AgeBand.AGE_16_24, AgeBand.AGE_25_34, AgeBand.AGE_35_49, AgeBand.AGE_50_64),
          "older", EnumSet.of(AgeBand.AGE_65_PLUS),
          "0-15", EnumSet.of(AgeBand.AGE_0_15),
          "16-24", EnumSet.of(AgeBand.AGE_16_24),
          "25-34", EnumSet.of(AgeBand.AGE_25_34),
          "35-49", EnumSet.of(AgeBand.AGE_35_49),
          "50-64", EnumSet.of(AgeBand.AGE_50_64));

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
      String name = part.equals("65") || part.equals("65-") || part.equals("65+") ? "older" : part;
      Set<AgeBand> found = GROUPS.get(name);
      if (found == null) {
        throw new BadInputException(
            "--users: '"
                + group
                + "' is not a group; expected all, children, young, working-age,"
                + " older, or Census bands such as 50-64+65-");
      }
      bands.addAll(found);
    }
    return bands;
  }
}
