package org.ruralaccess.scenario;

import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;

/**
 * An id written in a scenario file, with its line. Ids are the network's namespaced ids ({@code
 * eptc:T11}); an id without its feed prefix is accepted when exactly one network id ends in {@code
 * :id}.
 */
public record Reference(String id, int line) {

  private String hint() {
    return id.contains(":")
        ? ": the network has no such id"
        : "; expected a namespaced id such as feed:" + id;
  }

  /** The network id this reference names among {@code ids}, if any and unambiguous. */
  public Optional<String> match(NavigableSet<String> ids) {
    if (ids.contains(id)) {
      return Optional.of(id);
    }
    List<String> suffixed = ids.stream().filter(candidate -> candidate.endsWith(":" + id)).toList();
    return suffixed.size() == 1 ? Optional.of(suffixed.get(0)) : Optional.empty();
  }

  /** Like {@link #match} but adds "line N: unknown <kind> ..." to errors when there is no match. */
  Optional<String> resolve(NavigableSet<String> ids, String kind, List<String> errors) {
    Optional<String> found = match(ids);
    if (found.isEmpty()) {
      long suffixed = ids.stream().filter(candidate -> candidate.endsWith(":" + id)).count();
      errors.add(
          "line "
              + line
              + ": "
              + (suffixed > 1
                  ? kind
                      + " '"
                      + id
                      + "' is ambiguous ("
                      + suffixed
                      + " feeds have it); add the"
                      + " feed prefix, e.g. 'feed:"
                      + id
                      + "'"
                  : "unknown " + kind + " '" + id + "'" + hint()));
    }
    return found;
  }

  /** The network id, which {@link ScenarioApplier} has checked to exist before applying. */
  String require(NavigableSet<String> ids) {
    return match(ids).orElseThrow(() -> new IllegalStateException("unresolved id " + id));
  }
}
