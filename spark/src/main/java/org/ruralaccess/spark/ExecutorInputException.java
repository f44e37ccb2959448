package org.ruralaccess.spark;

/**
 * Bad input seen on an executor (the network file missing there, or not the driver's): the driver
 * finds it in the failed job's causes and reports its one line (exit 2) instead of a stack trace.
 */
final class ExecutorInputException extends RuntimeException {

  /** Marks the message in a failure text, when Spark passes the text but not the exception. */
  static final String MARK = "rae-executor-input: ";

  ExecutorInputException(String message) {
    super(MARK + message);
  }

  /** The one line, without the mark. */
  static String line(String message) {
    int at = message.indexOf(MARK);
    String rest = message.substring(at + MARK.length());
    int end = rest.indexOf('\n');
    return end < 0 ? rest : rest.substring(0, end);
  }
}
