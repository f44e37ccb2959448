package org.ruralaccess.cli;

import java.io.Console;

/**
 * Progress lines on standard error, so standard output stays clean for data; silenced by {@code
 * RAE_QUIET=1}. A bar is redrawn in place ({@code \r}) only on a terminal; written to a file or a
 * pipe (a log, CI, a scheduled job) every step is a line of its own, so the log reads line by line
 * with no carriage returns.
 */
final class Progress {

  private static final boolean QUIET = System.getenv("RAE_QUIET") != null;

  /**
   * Whether standard error is (most likely) a terminal. Since Java 22 {@link System#console()} is
   * not null when redirected, so {@link Console#isTerminal()} decides; Java cannot test standard
   * error alone, so a run with its output redirected counts as not interactive too (the safe side:
   * plain lines). {@code RAE_PROGRESS=lines} or {@code bar} overrides.
   */
  static final boolean INTERACTIVE = interactive(System.getenv("RAE_PROGRESS"), System.console());

  private static boolean inlineOpen;

  private Progress() {}

  static boolean interactive(String override, Console console) {
    if ("lines".equalsIgnoreCase(override)) {
      return false;
    }
    if ("bar".equalsIgnoreCase(override)) {
      return true;
    }
    return console != null && console.isTerminal() && !"dumb".equals(System.getenv("TERM"));
  }

  static synchronized void say(String line) {
    if (!QUIET) {
      endInline();
      System.err.println(line);
    }
  }

  /** Redraws the current line (a progress bar); {@code null} ends it. Terminals only. */
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
