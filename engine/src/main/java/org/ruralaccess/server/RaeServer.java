package org.ruralaccess.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.ruralaccess.app.FinishedRuns;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.app.NetworkArea;
import org.ruralaccess.app.ServiceCalendar;
import org.ruralaccess.model.BadInputException;

/**
 * {@code rae serve}: the HTTP API and the web map over one loaded network, on Javalin (Jetty).
 * Every answer comes from the application layer, as the command line's do; this class wires the
 * routes, the limits and the error answers, and stops gracefully: no new requests, queued runs
 * cancelled, the running one stopped and its staging folder deleted.
 */
public final class RaeServer {

  static final String OPENAPI_RESOURCE = "/org/ruralaccess/server/openapi.json";
  private static final String WEB_RESOURCES = "/org/ruralaccess/server/web";
  private static final Duration RUN_STOP_WAIT = Duration.ofSeconds(30);

  private final Javalin javalin;
  private final RunQueue queue;
  private final List<ApiRoute> routes;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private boolean stopping;

  private RaeServer(Javalin javalin, RunQueue queue, List<ApiRoute> routes) {
    this.javalin = javalin;
    this.queue = queue;
    this.routes = routes;
  }

  /**
   * Starts serving {@code loaded} and the runs under the settings' result folders, its isochrones
   * from {@code rae isochrone}'s operation.
   */
  public static RaeServer start(ServerSettings settings, LoadedNetwork loaded) {
    return start(settings, loaded, new EngineIsochrones(loaded));
  }

  /** Starts serving {@code loaded}, its isochrones from {@code isochrones}. */
  public static RaeServer start(
      ServerSettings settings, LoadedNetwork loaded, IsochroneSource isochrones) {
    FinishedRuns finishedRuns = FinishedRuns.scan(settings.resultFolders());
    ServerLimits limits = settings.limits();
    NetworkArea area = NetworkArea.of(loaded.network());
    ServiceCalendar calendar = ServiceCalendar.of(loaded);
    RequestFields fields = new RequestFields(calendar, limits.maxWindowMinutes());
    RunQueue queue = new RunQueue(loaded, finishedRuns, limits.maxQueuedRuns());
    List<ApiRoute> routes = new ArrayList<>();
    routes.add(ApiRoute.get("/api/openapi.json", Set.of(), (ctx, query) -> openApi(ctx)));
    routes.addAll(new NetworkEndpoints(loaded, area, calendar, isochrones.available()).routes());
    routes.add(new MatrixEndpoint(loaded, area, fields, limits).route());
    routes.add(new IsochroneEndpoint(loaded, area, fields, limits, isochrones).route());
    routes.addAll(new RunsEndpoints(finishedRuns, queue).routes());
    routes.add(new RunSubmission(loaded, fields, queue, limits.runTimeLimit()).route());
    Javalin javalin =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.http.maxRequestSize = limits.maxBodyBytes();
              config.http.prefer405over404 = true;
              config.jetty.host = settings.bindAddress();
              config.jetty.port = settings.port();
              config.jetty.modifyServer(
                  server -> {
                    ErrorHandler errors = new ErrorHandler();
                    errors.setShowStacks(false);
                    errors.setShowCauses(false);
                    server.setErrorHandler(errors);
                    server.setStopTimeout(5_000);
                  });
              config.staticFiles.enableWebjars();
              config.staticFiles.add(WEB_RESOURCES, Location.CLASSPATH);
              ErrorResponses.register(config);
              for (ApiRoute route : routes) {
                if (route.method().equals("get")) {
                  config.routes.get(route.path(), route::handle);
                } else {
                  config.routes.post(route.path(), route::handle);
                }
              }
            });
    try {
      javalin.start();
    } catch (RuntimeException e) {
      throw bindFailure(e, settings).orElseThrow(() -> e);
    }
    RaeServer server = new RaeServer(javalin, queue, List.copyOf(routes));
    ServerLog.say(
        "serving "
            + loaded.file()
            + " ("
            + finishedRuns.runs().size()
            + " finished runs) at "
            + server.url());
    if (!settings.isLoopback()) {
      ServerLog.say(
          "warning: bound to "
              + settings.bindAddress()
              + ", not loopback: anyone who can reach this machine can use the server, which has"
              + " no login; bind to 127.0.0.1 unless that is what you want");
    }
    return server;
  }

  /** The port listened on (the chosen one when started with port 0). */
  public int port() {
    return javalin.port();
  }

  public String url() {
    String host = javalin.unsafe.jetty.host;
    String shown = host == null || host.equals("0.0.0.0") ? "127.0.0.1" : host;
    return "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + port() + "/";
  }

  /** The routes served, for the test that compares them with the OpenAPI document. */
  List<ApiRoute> routes() {
    return routes;
  }

  /**
   * Stops accepting requests, lets those in flight finish (5 s at most), cancels the queued and
   * running runs and waits for the running one to stop. Safe to call more than once.
   */
  public void stop() {
    synchronized (this) {
      if (stopping) {
        return;
      }
      stopping = true;
    }
    ServerLog.say("stopping: requests in flight finish, queued and running runs are cancelled");
    try {
      javalin.stop();
    } finally {
      queue.shutdown(RUN_STOP_WAIT);
      ServerLog.say("stopped");
      stopped.countDown();
    }
  }

  /** Blocks until {@link #stop} has finished. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /** A port in use or an address not of this machine: the user's input, said in one line. */
  private static java.util.Optional<BadInputException> bindFailure(
      Throwable e, ServerSettings settings) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.net.BindException || cause instanceof java.net.SocketException) {
        return java.util.Optional.of(
            new BadInputException(
                "--bind "
                    + settings.bindAddress()
                    + " --port "
                    + settings.port()
                    + ": cannot listen there ("
                    + cause.getMessage()
                    + "); choose another --port, or an address of this machine"));
      }
    }
    return java.util.Optional.empty();
  }

  private static void openApi(io.javalin.http.Context ctx) throws IOException {
    try (InputStream in = RaeServer.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }
}
