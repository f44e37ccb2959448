package org.ruralaccess.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ruralaccess.analysis.indicators.IndicatorCategory;
import org.ruralaccess.analysis.returntrips.ReturnTripDefaults;
import org.ruralaccess.analysis.returntrips.ReturnTripRule;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.ClockTime;

/**
 * The return-trip flags as the user gave them: which categories ({@code --return-trips}, empty for
 * all), and the day-out flags, each either one value for every category or {@code CATEGORY=VALUE}
 * for one ({@code --stay 45 --stay hospital=120}). Values are parsed when made (a typo stops the
 * run before the network is read); the rules per category are resolved and checked against the
 * categories of the run ({@link #rules}).
 */
public record ReturnTripFlags(
    List<String> categories,
    Map<String, Integer> leaveAfter,
    Map<String, Integer> opens,
    Map<String, Integer> arriveBy,
    Map<String, Integer> stayMinutes,
    Map<String, Integer> homeBy) {

  /** The key for a value that applies to every category. */
  static final String ALL = "*";

  /**
   * @param categories the categories named after {@code --return-trips}; empty or {@code all} for
   *     every category of the run
   */
  public static ReturnTripFlags parse(
      List<String> categories,
      List<String> leaveAfter,
      List<String> opens,
      List<String> arriveBy,
      List<String> stay,
      List<String> homeBy) {
    List<String> named = new ArrayList<>();
    for (String category : categories == null ? List.<String>of() : categories) {
      String key = category.trim().toLowerCase(Locale.ROOT);
      if (!key.isEmpty() && !key.equals("all") && !named.contains(key)) {
        named.add(key);
      }
    }
    return new ReturnTripFlags(
        List.copyOf(named),
        times("--leave-after", leaveAfter),
        times("--opens", opens),
        times("--arrive-by", arriveBy),
        minutes("--stay", stay),
        times("--home-by", homeBy));
  }

  /** Whether any day-out flag was given (they need {@code --return-trips}). */
  public static String firstGiven(
      List<String> leaveAfter,
      List<String> opens,
      List<String> arriveBy,
      List<String> stay,
      List<String> homeBy) {
    String[] names = {"--leave-after", "--opens", "--arrive-by", "--stay", "--home-by"};
    List<List<String>> values =
        List.of(
            nonNull(leaveAfter), nonNull(opens), nonNull(arriveBy), nonNull(stay), nonNull(homeBy));
    for (int i = 0; i < names.length; i++) {
      if (!values.get(i).isEmpty()) {
        return names[i];
      }
    }
    return null;
  }

  private static List<String> nonNull(List<String> values) {
    return values == null ? List.of() : values;
  }

  /**
   * The day out of each category to analyse, in the run's category order: the default with the
   * flags over it; every rule checked, the first problem one line naming its flag.
   */
  public Map<String, ReturnTripRule> rules(List<IndicatorCategory> present) {
    List<String> keys = present.stream().map(IndicatorCategory::key).toList();
    for (String named : categories) {
      if (!keys.contains(named)) {
        throw new BadInputException(
            "--return-trips: '" + named + "' is not a category of this run's destinations " + keys);
      }
    }
    checkKeys("--leave-after", leaveAfter, keys);
    checkKeys("--opens", opens, keys);
    checkKeys("--arrive-by", arriveBy, keys);
    checkKeys("--stay", stayMinutes, keys);
    checkKeys("--home-by", homeBy, keys);
    Map<String, ReturnTripRule> rules = new LinkedHashMap<>();
    for (String key : keys) {
      if (categories.isEmpty() || categories.contains(key)) {
        rules.put(key, rule(key));
      }
    }
    return rules;
  }

  private ReturnTripRule rule(String key) {
    ReturnTripRule base = ReturnTripDefaults.forCategory(key);
    int leave = value(leaveAfter, key, base.leaveAfterSeconds());
    int open = value(opens, key, base.opensSeconds());
    int arrive = value(arriveBy, key, base.arriveBySeconds());
    int stay = value(stayMinutes, key, base.staySeconds() / 60) * 60;
    int home = value(homeBy, key, base.homeBySeconds());
    String forKey = " (" + key + ")";
    if (home <= leave) {
      throw new BadInputException(
          "--home-by: " + hhmm(home) + forKey + " is not after --leave-after " + hhmm(leave));
    }
    if (arrive < leave) {
      throw new BadInputException(
          "--arrive-by: " + hhmm(arrive) + forKey + " is before --leave-after " + hhmm(leave));
    }
    if (arrive > home) {
      throw new BadInputException(
          "--arrive-by: " + hhmm(arrive) + forKey + " is after --home-by " + hhmm(home));
    }
    int start = Math.max(leave, open);
    if (start + stay > home) {
      throw new BadInputException(
          "--stay: "
              + stay / 60
              + " minutes"
              + forKey
              + " do not fit between "
              + hhmm(start)
              + " (the later of --leave-after and --opens) and --home-by "
              + hhmm(home));
    }
    return new ReturnTripRule(leave, open, arrive, stay, home);
  }

  private static int value(Map<String, Integer> values, String key, int fallback) {
    return values.getOrDefault(key, values.getOrDefault(ALL, fallback));
  }

  private static void checkKeys(String flag, Map<String, Integer> values, List<String> keys) {
    for (String key : values.keySet()) {
      if (!key.equals(ALL) && !keys.contains(key)) {
        throw new BadInputException(
            flag + ": '" + key + "' is not a category of this run's destinations " + keys);
      }
    }
  }

  private static Map<String, Integer> times(String flag, List<String> values) {
    return parse(
        flag,
        values,
        text -> {
          int seconds = RequestValues.time(flag, text);
          if (seconds % 60 != 0) {
            throw new BadInputException(flag + ": '" + text + "' must be whole minutes (HH:MM)");
          }
          return seconds;
        });
  }

  private static Map<String, Integer> minutes(String flag, List<String> values) {
    return parse(
        flag,
        values,
        text -> {
          try {
            int minutes = Integer.parseInt(text.trim());
            if (minutes < 0) {
              throw new NumberFormatException();
            }
            return minutes;
          } catch (NumberFormatException e) {
            throw new BadInputException(
                flag + ": '" + text + "' is not a number of minutes (0 or more)");
          }
        });
  }

  private static Map<String, Integer> parse(
      String flag, List<String> values, java.util.function.Function<String, Integer> parser) {
    Map<String, Integer> parsed = new LinkedHashMap<>();
    for (String value : nonNull(values)) {
      int equals = value.indexOf('=');
      String key = equals < 0 ? ALL : value.substring(0, equals).trim().toLowerCase(Locale.ROOT);
      if (key.isEmpty()) {
        throw new BadInputException(flag + ": '" + value + "' names no category before '='");
      }
      parsed.put(key, parser.apply(equals < 0 ? value : value.substring(equals + 1)));
    }
    return parsed;
  }

  private static String hhmm(int seconds) {
    return ClockTime.format(seconds).substring(0, 5);
  }

  /** For run.json: the rules as used. */
  static Map<String, Object> parameters(Map<String, ReturnTripRule> rules) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    rules.forEach(
        (key, rule) -> {
          Map<String, Object> day = new LinkedHashMap<>();
          day.put("leaveAfter", hhmm(rule.leaveAfterSeconds()));
          day.put("opens", hhmm(rule.opensSeconds()));
          day.put("arriveBy", hhmm(rule.arriveBySeconds()));
          day.put("stayMinutes", rule.staySeconds() / 60);
          day.put("homeBy", hhmm(rule.homeBySeconds()));
          parameters.put(key, day);
        });
    return parameters;
  }
}
