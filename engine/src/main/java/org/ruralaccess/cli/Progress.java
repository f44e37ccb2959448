package org.ruralaccess.cli;

/**
 * Progress lines on standard error, so standard output stays clean for data; silenced by {@code
 * RAE_QUIET=1}.
 */
final class Progress {

  private static final boolean QUIET = System.getenv("RAE_QUIET") != null;
  private static boolean inlineOpen;

  private Progress() {}

  static synchronized void say(String line) {
    if (!QUIET) {
      endInline();
      System.err.println(line);
    }
  }

  /** Redraws the current line (a progress bar); {@code null} ends it. */
  static synchronized void sayInline(String line) {
    if (QUIET) {
      return;
    }
    if (line == null) {
      endInline();
      return;
    }
    System.err.print("\r" + line + "   ");
    System.err.flush();
    inlineOpen = true;
  }

  private static void endInline() {
    if (inlineOpen) {
      System.err.println();
      inlineOpen = false;
    }
  }
}
