package org.ruralaccess.cli;

/**
 * Progress lines on standard error, so standard output stays clean for data; silenced by {@code
 * RAE_QUIET=1}.
 */
final class Progress {

  private static final boolean QUIET = System.getenv("RAE_QUIET") != null;

  private Progress() {}

  static void say(String line) {
    if (!QUIET) {
      System.err.println(line);
    }
  }
}
