package org.ruralaccess.server;

import io.javalin.http.Context;
import java.util.Set;

/**
 * One endpoint of the API: its method, path (Javalin's {@code {name}} syntax, as in the OpenAPI
 * document), the query parameters it takes and its handler. The server registers exactly these
 * routes and checks every request's parameters against them, and a test compares them with the
 * OpenAPI document, so the document describes what is served.
 */
record ApiRoute(String method, String path, Set<String> queryParameters, Handler handler) {

  /** Answers one request, its query parameters already checked. */
  @FunctionalInterface
  interface Handler {
    void handle(Context ctx, QueryParameters query) throws Exception;
  }

  ApiRoute {
    queryParameters = Set.copyOf(queryParameters);
  }

  static ApiRoute get(String path, Set<String> queryParameters, Handler handler) {
    return new ApiRoute("get", path, queryParameters, handler);
  }

  static ApiRoute post(String path, Set<String> queryParameters, Handler handler) {
    return new ApiRoute("post", path, queryParameters, handler);
  }

  void handle(Context ctx) throws Exception {
    handler.handle(ctx, QueryParameters.of(ctx, queryParameters));
  }
}
