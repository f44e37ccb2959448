package org.ruralaccess.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.support.ConfigErrors;

/**
 * Scheme ids of a network's community transport, matched as the other ids of a scenario are (an id
 * without its namespace when exactly one scheme has it), with a "did you mean" for a typo.
 */
final class SchemeIds {

  private SchemeIds() {}

  static NavigableSet<String> of(CommunityTransport schemes) {
    TreeSet<String> ids = new TreeSet<>();
    schemes.schemes().forEach(scheme -> ids.add(scheme.id()));
    return ids;
  }

  /** The scheme id {@code reference} names; else "line N: unknown scheme ..." in errors. */
  static Optional<String> resolve(
      Reference reference, CommunityTransport schemes, List<String> errors) {
    NavigableSet<String> ids = of(schemes);
    List<String> found = new ArrayList<>();
    Optional<String> id = reference.resolve(ids, "scheme", found);
    for (String error : found) {
      String hint = suggestion(reference.id(), ids);
      errors.add(hint == null ? error : error + "; did you mean '" + hint + "'?");
    }
    return id;
  }

  /**
   * The closest id, comparing with whole ids or, for an id given without namespace, with theirs.
   */
  private static String suggestion(String given, NavigableSet<String> ids) {
    if (given.contains(":")) {
      return ConfigErrors.closest(given, ids);
    }
    Map<String, String> byLocalId = new TreeMap<>();
    for (String id : ids) {
      byLocalId.putIfAbsent(id.substring(id.indexOf(':') + 1), id);
    }
    String local = ConfigErrors.closest(given, byLocalId.keySet());
    return local == null ? null : byLocalId.get(local);
  }

  /** The scheme, which the applier has checked to exist before applying; null once removed. */
  static Scheme find(Reference reference, CommunityTransport schemes) {
    return reference.match(of(schemes)).map(schemes::scheme).orElse(null);
  }
}
