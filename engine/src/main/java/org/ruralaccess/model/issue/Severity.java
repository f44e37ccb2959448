package org.ruralaccess.model.issue;

/** How much an import problem matters. */
public enum Severity {
  /** Worth knowing; the data was used as given. */
  INFO,
  /** The row or entity was repaired or skipped; the build went on. */
  WARNING,
  /** The input cannot be used; the build stops. */
  ERROR
}
