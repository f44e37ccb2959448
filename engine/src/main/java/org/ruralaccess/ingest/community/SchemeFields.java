package org.ruralaccess.ingest.community;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.ruralaccess.model.community.BookingRule;
import org.ruralaccess.model.community.Eligibility;
import org.ruralaccess.model.community.TimeWindow;
import org.ruralaccess.support.ConfigErrors;

/**
 * Reads the small values of a scheme file (days, dates, clock times, windows, booking,
 * eligibility), adding an error with its line for every bad value and returning a fallback so that
 * reading goes on and every mistake is reported at once.
 */
final class SchemeFields {

  private final ConfigErrors errors;

  SchemeFields(ConfigErrors errors) {
    this.errors = errors;
  }

  Set<DayOfWeek> weekdays(JsonNode list, String pointer) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (int i = 0; list != null && i < list.size(); i++) {
      String text = list.get(i).asText().trim().toUpperCase(Locale.ROOT);
      try {
        days.add(DayOfWeek.valueOf(text));
      } catch (IllegalArgumentException e) {
        errors.add(
            pointer + "/" + i,
            "'" + list.get(i).asText() + "' is not a day; expected monday, tuesday, ... sunday");
      }
    }
    return days;
  }

  TreeSet<LocalDate> dates(JsonNode list, String pointer) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (int i = 0; list != null && i < list.size(); i++) {
      LocalDate date = date(list.get(i), pointer + "/" + i, null);
      if (date != null) {
        dates.add(date);
      }
    }
    return dates;
  }

  LocalDate date(JsonNode value, String pointer, LocalDate fallback) {
    if (value == null || value.isNull()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.asText().trim());
    } catch (DateTimeParseException e) {
      errors.add(pointer, "'" + value.asText() + "' is not a date; expected YYYY-MM-DD");
      return fallback;
    }
  }

  /** "HH:MM" or "HH:MM:SS" as seconds since midnight (up to 47:59:59 for after midnight). */
  int clockSeconds(JsonNode value, String pointer) {
    String text = value == null ? "" : value.asText().trim();
    String[] parts = text.split(":");
    try {
      if (value != null && value.isTextual() && (parts.length == 2 || parts.length == 3)) {
        int hours = Integer.parseInt(parts[0]);
        int minutes = Integer.parseInt(parts[1]);
        int seconds = parts.length == 3 ? Integer.parseInt(parts[2]) : 0;
        if (hours >= 0
            && hours < 48
            && minutes >= 0
            && minutes < 60
            && seconds >= 0
            && seconds < 60) {
          return hours * 3600 + minutes * 60 + seconds;
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(
        pointer, "'" + text + "' is not a time; expected \"HH:MM\" in quotes, 00:00 to 47:59");
    return -1;
  }

  List<TimeWindow> windows(JsonNode list, String pointer) {
    List<TimeWindow> windows = new ArrayList<>();
    for (int i = 0; list != null && i < list.size(); i++) {
      String at = pointer + "/" + i;
      String[] ends = list.get(i).asText().split("-");
      if (ends.length != 2) {
        errors.add(at, "'" + list.get(i).asText() + "' is not a window; expected \"HH:MM-HH:MM\"");
        continue;
      }
      int start = clockSeconds(TextNode.valueOf(ends[0].trim()), at);
      int end = clockSeconds(TextNode.valueOf(ends[1].trim()), at);
      if (start >= 0 && end >= 0) {
        if (end <= start) {
          errors.add(at, "window '" + list.get(i).asText() + "' ends before it starts");
        } else {
          windows.add(new TimeWindow(start, end));
        }
      }
    }
    return windows;
  }

  BookingRule booking(JsonNode node, String pointer) {
    if (node == null || node.isNull()) {
      return BookingRule.none();
    }
    errors.rejectUnknownKeys(
        node, pointer, Set.of("type", "notice_minutes", "days", "latest_time"));
    String type = node.path("type").asText("");
    return switch (type) {
      case "none" -> BookingRule.none();
      case "same_day" ->
          BookingRule.sameDay(errors.integer(node, pointer, "notice_minutes", 0, 0, 24 * 60));
      case "prior_days" ->
          BookingRule.priorDays(
              errors.integer(node, pointer, "days", 1, 1, 60),
              node.has("latest_time")
                  ? Math.max(0, clockSeconds(node.get("latest_time"), pointer + "/latest_time"))
                  : 24 * 3600 - 1);
      default -> {
        errors.add(
            pointer + "/type",
            "booking type '" + type + "' is not known; expected none, same_day or prior_days");
        yield BookingRule.none();
      }
    };
  }

  Eligibility eligibility(JsonNode list, String pointer) {
    if (list == null || list.isNull()) {
      return Eligibility.everyone();
    }
    Set<Eligibility.Group> groups = EnumSet.noneOf(Eligibility.Group.class);
    for (int i = 0; i < list.size(); i++) {
      String text = list.get(i).asText().trim();
      try {
        groups.add(Eligibility.Group.valueOf(text.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        errors.add(
            pointer + "/" + i,
            "'"
                + text
                + "' is not a rider group; expected everyone, age_60_plus, disabled,"
                + " registered_members");
      }
    }
    return groups.isEmpty() ? Eligibility.everyone() : new Eligibility(groups);
  }
}
