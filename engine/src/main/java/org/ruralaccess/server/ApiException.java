package org.ruralaccess.server;

/**
 * A request the server refuses or could not finish, with the HTTP status, the field at fault (a
 * query parameter, a body field, or null) and a message for the person who sent it.
 */
final class ApiException extends RuntimeException {

  private final int status;
  private final String field;

  /**
   * @param message prefixed with the field ({@code "lat: ..."}) unless it already starts with it
   */
  ApiException(int status, String field, String message) {
    super(
        field == null || message.startsWith(field + ":") ? message : field + ": " + message,
        null,
        false,
        false);
    this.status = status;
    this.field = field;
  }

  static ApiException badRequest(String field, String message) {
    return new ApiException(400, field, message);
  }

  static ApiException notFound(String field, String message) {
    return new ApiException(404, field, message);
  }

  int status() {
    return status;
  }

  String field() {
    return field;
  }
}
