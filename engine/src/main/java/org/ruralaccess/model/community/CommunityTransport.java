package org.ruralaccess.model.community;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything known about community transport in a region, from GTFS-Flex feeds and scheme files.
 */
public record CommunityTransport(List<Scheme> schemes) {

  public CommunityTransport {
    // sorted by id so that two builds from the same inputs are identical whatever the read order
    schemes = schemes.stream().sorted(Comparator.comparing(Scheme::id)).toList();
  }

  /** No schemes: a region without community transport. */
  public static CommunityTransport none() {
    return new CommunityTransport(List.of());
  }

  public boolean isEmpty() {
    return schemes.isEmpty();
  }

  /**
   * All schemes of several sources together; ids are namespaced per source so they cannot clash.
   */
  @SafeVarargs
  public static CommunityTransport of(List<Scheme>... sources) {
    return new CommunityTransport(Stream.of(sources).flatMap(List::stream).toList());
  }

  /** The scheme with this namespaced id, or null. */
  public Scheme scheme(String id) {
    return schemes.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
  }
}
