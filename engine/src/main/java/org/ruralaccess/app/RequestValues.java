package org.ruralaccess.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.ClockTime;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.BookingAssumption;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;

/**
 * What users type, parsed and checked the same way for every face: each bad value is one line
 * naming the field (spelled as the command line's flag) and what was expected.
 */
public final class RequestValues {

  private RequestValues() {}

  public static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new BadInputException(field + ": '" + text + "' is not a date; expected YYYY-MM-DD");
    }
  }

  /** Seconds since midnight of {@code HH:MM} or {@code HH:MM:SS} (past 24:00 allowed). */
  public static int time(String field, String text) {
    try {
      return ClockTime.parseSeconds(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BadInputException(field + ": " + e.getMessage());
    }
  }

  public static TravelMode mode(String field, String text) {
    return Arrays.stream(TravelMode.values())
        .filter(m -> m.label().equalsIgnoreCase(text.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new BadInputException(
                    field + ": '" + text + "' is not a mode; expected transit, walk, bike or car"));
  }

  /** Modes in the order given, each once. */
  public static List<TravelMode> modes(String field, List<String> texts) {
    List<TravelMode> parsed = new ArrayList<>();
    for (String text : texts) {
      TravelMode mode = mode(field, text);
      if (!parsed.contains(mode)) {
        parsed.add(mode);
      }
    }
    return parsed;
  }

  public static int[] percentiles(String field, int[] percentiles) {
    for (int p : percentiles) {
      if (p < 0 || p > 100) {
        throw new BadInputException(field + ": " + p + " is not a percentile; expected 0 to 100");
      }
    }
    return percentiles.clone();
  }

  /** Who rides community transport and when they book; {@code off} leaves every scheme out. */
  public static CommunityTransportRequest communityTransport(
      String rider, String booking, boolean off) {
    RiderGroup group;
    BookingAssumption assumption;
    try {
      group = RiderGroup.parse(rider);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--rider: " + e.getMessage());
    }
    try {
      assumption = BookingAssumption.parse(booking);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--booking: " + e.getMessage());
    }
    return new CommunityTransportRequest(!off, group, assumption);
  }

  /**
   * The rider groups named, in {@link RiderGroup} order: empty for {@code none}, null when none
   * were given (the operation then decides).
   */
  public static Set<RiderGroup> riders(List<String> texts) {
    if (texts == null) {
      return null;
    }
    Set<RiderGroup> groups = EnumSet.noneOf(RiderGroup.class);
    if (texts.size() == 1 && texts.get(0).trim().equalsIgnoreCase("none")) {
      return groups;
    }
    for (String rider : texts) {
      try {
        groups.add(RiderGroup.parse(rider));
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--riders: " + e.getMessage() + ", or none");
      }
    }
    return groups;
  }
}
