package org.ruralaccess.ingest.destinations;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One destination source from region.yaml's {@code destinations:} list.
 *
 * @param format {@code gias}, {@code epraccur}, {@code hospitals}, {@code csv} or {@code
 *     opportunities}
 * @param options all optional: gias {@code laCodes} (comma list such as {@code "838,839"}; empty
 *     means all), epraccur {@code postcodeAreas} (such as {@code "DT,BH"}; empty means all),
 *     opportunities {@code columns} (such as {@code "schools:schools,jobs:jobs"}, column to
 *     category key; empty means every numeric column named like a category key)
 */
public record DestinationSource(String format, Path path, Map<String, String> options) {

  public DestinationSource {
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /** The option's value split on commas, trimmed, without empty entries. */
  List<String> listOption(String name) {
    String value = options.getOrDefault(name, "");
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
