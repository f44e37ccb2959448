package org.ruralaccess.model;

/**
 * A problem with the user's input that stops the command: a missing file, a corrupt archive, a
 * wrong column, an impossible value. The message is written for the user and names the file, the
 * line or feature, the field and what was expected; the CLI prints it without a stack trace and
 * exits non-zero.
 */
public final class BadInputException extends RuntimeException {

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A problem located in a file, optionally at a line (1-based; 0 or less when unknown). */
  public static BadInputException at(String file, long line, String field, String problem) {
    StringBuilder where = new StringBuilder(file);
    if (line > 0) {
      where.append(", line ").append(line);
    }
    if (field != null && !field.isEmpty()) {
      where.append(", field '").append(field).append("'");
    }
    return new BadInputException(where + ": " + problem);
  }
}
