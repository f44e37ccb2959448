package org.ruralaccess.export;

/** CSV field quoting (RFC 4180): quote when the value has a comma, quote or line break. */
public final class Csv {

  private Csv() {}

  public static String escape(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
