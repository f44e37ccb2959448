package org.ruralaccess.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ruralaccess.app.FinishedRun;
import org.ruralaccess.app.FinishedRuns;
import org.ruralaccess.app.RunTable;

/**
 * The runs: {@code GET /api/runs} lists them, {@code GET /api/runs/{name}} shows one (a finished
 * run's indicators, or a background run's progress), and the table endpoints answer with a finished
 * run's tables as GeoJSON, CSV or JSON rows. A run is looked up by name among those listed; the
 * files answered are the fixed ones of {@link RunTable}.
 */
final class RunsEndpoints {

  private static final String NAME_PATTERN = "[A-Za-z0-9._-]{1,100}";

  private final FinishedRuns finished;
  private final RunQueue queue;

  RunsEndpoints(FinishedRuns finished, RunQueue queue) {
    this.finished = finished;
    this.queue = queue;
  }

  List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/runs", Set.of(), (ctx, query) -> list(ctx)),
        ApiRoute.get("/api/runs/{name}", Set.of(), (ctx, query) -> show(ctx)),
        ApiRoute.get(
            "/api/runs/{name}/indicators",
            Set.of("table", "format"),
            (ctx, query) -> {
              String table =
                  query.choice(
                      "table",
                      List.of("zone_indicators", "rider_indicators", "community_transport"),
                      "zone_indicators");
              geoTable(ctx, query, FinishedRun.ACCESSIBILITY, RunTable.valueOf(upper(table)));
            }),
        ApiRoute.get(
            "/api/runs/{name}/comparison",
            Set.of("format"),
            (ctx, query) -> geoTable(ctx, query, FinishedRun.COMPARISON, RunTable.COMPARISON)),
        ApiRoute.get(
            "/api/runs/{name}/access-changes",
            Set.of("format"),
            (ctx, query) -> rows(ctx, query, FinishedRun.COMPARISON, RunTable.ACCESS_CHANGES)),
        ApiRoute.get(
            "/api/runs/{name}/equity",
            Set.of("format"),
            (ctx, query) -> rows(ctx, query, FinishedRun.ACCESSIBILITY, RunTable.EQUITY)));
  }

  private void list(Context ctx) {
    List<Object> runs = new ArrayList<>();
    for (FinishedRun run : finished.runs()) {
      runs.add(RunViews.finished(run, false));
    }
    for (BackgroundRun run : queue.all()) {
      if (run.status() != BackgroundRun.Status.DONE) {
        runs.add(RunViews.background(run));
      }
    }
    Json.send(ctx, Map.of("runs", runs));
  }

  private void show(Context ctx) {
    String name = name(ctx);
    Optional<BackgroundRun> background = queue.find(name);
    if (background.isPresent() && background.get().status() != BackgroundRun.Status.DONE) {
      Json.send(ctx, RunViews.background(background.get()));
      return;
    }
    Map<String, Object> view = RunViews.finished(run(name), true);
    background.ifPresent(run -> RunViews.addComputed(view, run));
    Json.send(ctx, view);
  }

  private void geoTable(Context ctx, QueryParameters query, String kind, RunTable table)
      throws IOException {
    FinishedRun run = run(name(ctx), kind);
    String format = query.choice("format", List.of("geojson", "csv"), "geojson");
    Optional<Path> file = format.equals("csv") ? run.csv(table) : run.geoJson(table);
    if (file.isEmpty()) {
      throw ApiException.notFound(
          "table", "run '" + run.name() + "' has no " + table.baseName() + " table");
    }
    stream(ctx, file.get(), format.equals("csv") ? "text/csv" : "application/geo+json");
  }

  private void rows(Context ctx, QueryParameters query, String kind, RunTable table)
      throws IOException {
    FinishedRun run = run(name(ctx), kind);
    String format = query.choice("format", List.of("json", "csv"), "json");
    if (!run.has(table)) {
      throw ApiException.notFound(
          "table", "run '" + run.name() + "' has no " + table.baseName() + " table");
    }
    if (format.equals("csv")) {
      stream(ctx, run.csv(table).orElseThrow(), "text/csv");
    } else {
      Json.send(ctx, Map.of("rows", finished.rows(run, table)));
    }
  }

  private static void stream(Context ctx, Path file, String contentType) throws IOException {
    ctx.contentType(contentType + "; charset=utf-8");
    ctx.result(Files.newInputStream(file));
  }

  private static String name(Context ctx) {
    String name = ctx.pathParam("name");
    if (!name.matches(NAME_PATTERN)) {
      throw ApiException.badRequest("name", "a run's name is letters, digits, '.', '-' or '_'");
    }
    return name;
  }

  private FinishedRun run(String name) {
    return finished
        .find(name)
        .orElseThrow(
            () -> {
              Optional<BackgroundRun> background = queue.find(name);
              if (background.isPresent()) {
                return new ApiException(
                    404,
                    "name",
                    "run '" + name + "' is " + background.get().status().name().toLowerCase());
              }
              return ApiException.notFound(
                  "name", "no run named '" + name + "'; GET /api/runs lists them");
            });
  }

  private FinishedRun run(String name, String kind) {
    FinishedRun run = run(name);
    if (!run.kind().equals(kind)) {
      throw ApiException.notFound(
          "name",
          "run '"
              + name
              + "' is "
              + (run.kind().equals(FinishedRun.COMPARISON)
                  ? "a comparison"
                  : "an accessibility run")
              + "; see its links at /api/runs/"
              + name);
    }
    return run;
  }

  private static String upper(String text) {
    return text.toUpperCase(java.util.Locale.ROOT);
  }
}
