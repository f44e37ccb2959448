package org.ruralaccess.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ruralaccess.model.BadInputException;

/**
 * Every refusal and failure as JSON: {@code {"error": {"status", "field", "message"}}}. A message
 * names the field at fault; an internal error is logged with its stack trace and answered with one
 * line, never the trace.
 */
final class ErrorResponses {

  private static final String ANSWERED = "rae.error.answered";

  private ErrorResponses() {}

  static void register(JavalinConfig config) {
    config.routes.exception(
        ApiException.class, (e, ctx) -> send(ctx, e.status(), e.field(), e.getMessage()));
    config.routes.exception(
        BadInputException.class, (e, ctx) -> send(ctx, 400, null, e.getMessage()));
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> send(ctx, e.getStatus(), e.getStatus() == 413 ? "body" : null, message(e)));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          ServerLog.internalError(ctx.method() + " " + ctx.path(), e);
          send(ctx, 500, null, "internal error; see the server's log");
        });
    // no route, or no such method on a route: the handlers set nothing, so answer here
    config.routes.error(
        404, "*", ctx -> unanswered(ctx, 404, "no such page or endpoint: " + ctx.path()));
    config.routes.error(
        405, "*", ctx -> unanswered(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
  }

  private static String message(HttpResponseException e) {
    if (e.getStatus() == 413) {
      return "the request body is larger than this server accepts";
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? "refused" : e.getMessage();
  }

  private static void unanswered(Context ctx, int status, String message) {
    if (ctx.attribute(ANSWERED) == null) {
      send(ctx, status, null, message);
    }
  }

  static void send(Context ctx, int status, String field, String message) {
    ctx.attribute(ANSWERED, true);
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("status", status);
    error.put("field", field);
    error.put("message", message);
    Json.send(ctx, status, Map.of("error", error));
  }
}
