package org.ruralaccess.ingest.postcodes;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ruralaccess.model.Coordinate;

/**
 * Postcode centroids (WGS84) by normalised postcode ({@code "DT1 1AA"}: upper case, one space
 * before the inward code), in file order. Read from OS Code-Point Open by {@link CodePointReader}.
 */
public final class PostcodeIndex {

  private final Map<String, Coordinate> byPostcode;

  PostcodeIndex(Map<String, Coordinate> byPostcode) {
    this.byPostcode = Collections.unmodifiableMap(byPostcode);
  }

  public Optional<Coordinate> find(String postcode) {
    return Optional.ofNullable(byPostcode.get(normalise(postcode)));
  }

  public int size() {
    return byPostcode.size();
  }

  /** All postcodes in file order (a LinkedHashMap underneath), for point-in-polygon work. */
  public Map<String, Coordinate> all() {
    return byPostcode;
  }

  /** {@code "dt11aa"}, {@code "DT1 1AA"} and {@code "DT11AA"} all become {@code "DT1 1AA"}. */
  public static String normalise(String postcode) {
    String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    if (compact.length() < 5) {
      return compact;
    }
    return compact.substring(0, compact.length() - 3)
        + " "
        + compact.substring(compact.length() - 3);
  }

  static List<String> knownAreas(Map<String, Coordinate> byPostcode) {
    return byPostcode.keySet().stream()
        .map(p -> p.replaceAll("[0-9].*", ""))
        .distinct()
        .sorted()
        .toList();
  }
}
