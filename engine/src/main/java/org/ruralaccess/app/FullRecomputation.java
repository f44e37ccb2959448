package org.ruralaccess.app;

/**
 * A hidden switch for checking the work-saving shortcuts against the plain computation: with the
 * system property {@code rae.recompute-every-zone=true} (e.g. {@code java
 * -Drae.recompute-every-zone=true -jar rae.jar compare ...}), {@code rae compare} routes every zone
 * of the scenario again and each rider group's run on its own, and {@code rae accessibility} routes
 * every zone for every rider run, instead of only the zones the change can reach and the rider runs
 * in one pass. The outputs must be byte-identical either way ({@code benchmarks/shortcut-check}
 * compares them); only the time differs. Not a user option.
 */
final class FullRecomputation {

  static final String PROPERTY = "rae.recompute-every-zone";

  private FullRecomputation() {}

  static boolean requested() {
    return Boolean.getBoolean(PROPERTY);
  }
}
