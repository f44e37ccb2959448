package org.ruralaccess.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request's query parameters, checked against the names its route declares: an unknown or
 * repeated parameter is a 400 naming it, so a misspelt {@code cutof=30} is never silently ignored.
 */
final class QueryParameters {

  private final Map<String, List<String>> values;

  private QueryParameters(Map<String, List<String>> values) {
    this.values = values;
  }

  static QueryParameters of(Context ctx, Set<String> declared) {
    Map<String, List<String>> values = ctx.queryParamMap();
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      if (!declared.contains(entry.getKey())) {
        throw ApiException.badRequest(
            entry.getKey(),
            "unknown parameter"
                + (declared.isEmpty() ? "; this endpoint takes none" : "; expected one of ")
                + (declared.isEmpty() ? "" : new TreeSet<>(declared)));
      }
      if (entry.getValue().size() > 1) {
        throw ApiException.badRequest(entry.getKey(), "given more than once");
      }
    }
    return new QueryParameters(values);
  }

  /** The value, or {@code fallback} when the parameter is absent or empty. */
  String text(String name, String fallback) {
    List<String> given = values.get(name);
    return given == null || given.isEmpty() || given.get(0).isBlank() ? fallback : given.get(0);
  }

  String required(String name) {
    String value = text(name, null);
    if (value == null) {
      throw ApiException.badRequest(name, "required");
    }
    return value;
  }

  boolean has(String name) {
    return text(name, null) != null;
  }

  /** One of {@code allowed} (compared as given), or {@code fallback} when absent. */
  String choice(String name, List<String> allowed, String fallback) {
    String value = text(name, fallback);
    if (value != null && !allowed.contains(value)) {
      throw ApiException.badRequest(name, "'" + value + "' is not one of " + allowed);
    }
    return value;
  }

  double number(String name) {
    String value = required(name);
    try {
      double parsed = Double.parseDouble(value);
      if (!Double.isFinite(parsed)) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name, "'" + value + "' is not a number");
    }
  }

  int integer(String name, int fallback, int min, int max) {
    String value = text(name, null);
    if (value == null) {
      return fallback;
    }
    return checkedInteger(name, value, min, max);
  }

  /** A comma-separated list of whole numbers, each within [min, max]. */
  int[] integers(String name, int[] fallback, int min, int max) {
    String value = text(name, null);
    if (value == null) {
      return fallback.clone();
    }
    List<Integer> parsed = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      parsed.add(checkedInteger(name, part.trim(), min, max));
    }
    return parsed.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int checkedInteger(String name, String value, int min, int max) {
    try {
      int parsed = Integer.parseInt(value);
      if (parsed < min || parsed > max) {
        throw ApiException.badRequest(
            name, parsed + " is out of range; expected " + min + " to " + max);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name, "'" + value + "' is not a whole number");
    }
  }
}
