package org.ruralaccess.server;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The server's own lines on standard error. Internal errors are logged here with their stack trace
 * and answered with a one-line message: a stack trace never goes into a response.
 */
final class ServerLog {

  private ServerLog() {}

  static synchronized void say(String line) {
    System.err.println(
        "rae serve " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + ": " + line);
  }

  static synchronized void internalError(String during, Throwable error) {
    say("internal error during " + during + ": " + error);
    error.printStackTrace(System.err);
  }
}
