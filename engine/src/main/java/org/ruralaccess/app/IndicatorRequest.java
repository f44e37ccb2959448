package org.ruralaccess.app;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ruralaccess.analysis.indicators.DecayFunction;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.indicators.IndicatorStyle;
import org.ruralaccess.model.BadInputException;

/**
 * The indicator settings as the user gave them: cutoffs, the cap of capped counts, the gravity
 * decay and its cutoff, the column style and who uses each category ({@code gp=older}). Checked
 * when made, so a bad value stops a run before the network is read.
 */
public record IndicatorRequest(
    int[] cutoffsMinutes,
    int capCount,
    String decay,
    int gravityCutoffMinutes,
    String style,
    Map<String, String> users,
    int[] nthNearest) {

  /** A request without n-th nearest columns. */
  public IndicatorRequest(
      int[] cutoffsMinutes,
      int capCount,
      String decay,
      int gravityCutoffMinutes,
      String style,
      Map<String, String> users) {
    this(cutoffsMinutes, capCount, decay, gravityCutoffMinutes, style, users, new int[0]);
  }

  public IndicatorRequest {
    users = users == null ? Map.of() : new TreeMap<>(users);
    cutoffsMinutes = cutoffsMinutes.clone();
    nthNearest = nthNearest == null ? new int[0] : nthNearest.clone();
    parse(cutoffsMinutes, capCount, decay, gravityCutoffMinutes, style, users, nthNearest);
  }

  /** The same with the ranks of {@code --nth}. */
  public IndicatorRequest withNthNearest(int[] ranks) {
    return new IndicatorRequest(
        cutoffsMinutes, capCount, decay, gravityCutoffMinutes, style, users, ranks);
  }

  /** R5's and the DfT's defaults: 15/30/45/60 minutes, a cap of 10, step decay at 60 minutes. */
  public static IndicatorRequest defaults() {
    return new IndicatorRequest(new int[] {15, 30, 45, 60}, 10, "step", 60, "engine", Map.of());
  }

  public IndicatorSettings settings() {
    return parse(cutoffsMinutes, capCount, decay, gravityCutoffMinutes, style, users, nthNearest);
  }

  private static IndicatorSettings parse(
      int[] cutoffsMinutes,
      int capCount,
      String decay,
      int gravityCutoffMinutes,
      String style,
      Map<String, String> users,
      int[] nthNearest) {
    IndicatorStyle indicatorStyle;
    try {
      indicatorStyle = IndicatorStyle.valueOf(style.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          "--style: '" + style + "' is not a style; expected engine or jts");
    }
    IndicatorSettings settings;
    try {
      settings =
          new IndicatorSettings(
                  cutoffsMinutes,
                  capCount,
                  gravityCutoffMinutes,
                  DecayFunction.parse(decay),
                  indicatorStyle)
              .withUsers(UserGroups.parse(users));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--cutoffs/--cap/--decay/--gravity-cutoff: " + e.getMessage());
    }
    try {
      return settings.withNthNearest(nthNearest);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--nth: " + e.getMessage());
    }
  }

  /** For run.json, as given. */
  Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("cutoffsMinutes", cutoffsMinutes.clone());
    parameters.put("cap", capCount);
    parameters.put("decay", decay);
    parameters.put("gravityCutoffMinutes", gravityCutoffMinutes);
    parameters.put("style", style);
    parameters.put("users", new TreeMap<>(users));
    if (nthNearest.length > 0) {
      parameters.put("nthNearest", nthNearest.clone());
    }
    return parameters;
  }
}
