/**
 * {@code rae serve}: the HTTP API (JSON, described by {@code /api/openapi.json}) and the web map, a
 * thin face over the application layer, on Javalin (Jetty), which stays in this package.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>route</b>: an endpoint, its method, path and query parameters ({@link
 *       org.ruralaccess.server.ApiRoute}); the served routes and the OpenAPI document are compared
 *       by a test.
 *   <li><b>finished run</b>: an accessibility or compare output folder found under {@code
 *       --results} at start, or written by the server; addressed by name, never by a path.
 *   <li><b>background run</b>: one asked for by {@code POST /api/runs}, queued and run one at a
 *       time ({@link org.ruralaccess.server.RunQueue}).
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>A handler reads its query parameters (checked against the route's list: an unknown one is a
 * 400 naming it) or its JSON body (read strictly: unknown fields, wrong types and missing values
 * are 400s naming the field), checks coordinates against the network's area and dates against its
 * calendar ({@code app.NetworkArea}, {@code app.ServiceCalendar}), calls one operation of {@code
 * app} and answers. Limits ({@link org.ruralaccess.server.ServerLimits}) bound the body, the point
 * sets, the window, the time a request may compute (a progress listener that throws cancels it:
 * {@link org.ruralaccess.server.CancelledException}), the matrices computed at once and the run
 * queue. Errors are JSON ({@link org.ruralaccess.server.ErrorResponses}); stack traces go to the
 * server's log only. Background runs compute into hidden staging folders renamed into place when
 * complete ({@code app.FinishedRuns}), so a stop at any moment leaves nothing half-written.
 *
 * <p>The web map ({@code resources/org/ruralaccess/server/web}) is plain JavaScript on Leaflet,
 * served from the jar's WebJar: it needs no internet access.
 */
package org.ruralaccess.server;
