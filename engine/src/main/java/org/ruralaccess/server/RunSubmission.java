package org.ruralaccess.server;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ruralaccess.app.AccessibilityJob;
import org.ruralaccess.app.DepartureWindow;
import org.ruralaccess.app.FinishedRun;
import org.ruralaccess.app.IndicatorRequest;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.app.RequestValues;
import org.ruralaccess.app.ScenarioText;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.settings.RoutingOverrides;

/**
 * {@code POST /api/runs}: an accessibility run or a scenario comparison on the server's network,
 * with the scenario's YAML in the body. Everything is checked before the run is queued (the
 * scenario in full, as {@code rae compare} checks a file), so a queued run fails only on what only
 * routing can find. Answers 202 with the run's status and its link.
 */
final class RunSubmission {

  /** The request body. */
  record Body(
      String kind,
      String date,
      String from,
      String to,
      Integer stepMinutes,
      Integer percentile,
      List<String> modes,
      int[] cutoffs,
      String decay,
      String scenario,
      String rider,
      String booking,
      Boolean communityTransport,
      List<String> riders,
      RoutingOverrides routing) {}

  private static final List<String> ALL_MODES = List.of("transit", "walk", "bike", "car");
  private static final int[] DEFAULT_CUTOFFS = {15, 30, 45, 60};

  private final LoadedNetwork loaded;
  private final RequestFields fields;
  private final RunQueue queue;
  private final Duration runTimeLimit;

  RunSubmission(LoadedNetwork loaded, RequestFields fields, RunQueue queue, Duration runTimeLimit) {
    this.loaded = loaded;
    this.fields = fields;
    this.queue = queue;
    this.runTimeLimit = runTimeLimit;
  }

  ApiRoute route() {
    return ApiRoute.post("/api/runs", Set.of(), (ctx, query) -> submit(ctx));
  }

  private void submit(Context ctx) {
    Body body = Json.read(ctx, Body.class);
    String kind = RequestFields.required("kind", body.kind());
    if (!kind.equals(FinishedRun.ACCESSIBILITY) && !kind.equals(FinishedRun.COMPARISON)) {
      throw ApiException.badRequest("kind", "'" + kind + "' is not accessibility or comparison");
    }
    List<TravelMode> modes =
        RequestFields.checked(
            "modes",
            () -> RequestValues.modes("modes", body.modes() == null ? ALL_MODES : body.modes()));
    if (modes.isEmpty()) {
      throw ApiException.badRequest("modes", "give at least one of " + ALL_MODES);
    }
    TravelMode dateMode = modes.contains(TravelMode.TRANSIT) ? TravelMode.TRANSIT : modes.get(0);
    DepartureWindow window =
        fields.window(body.date(), body.from(), body.to(), body.stepMinutes(), dateMode);
    int percentile = body.percentile() == null ? 50 : body.percentile();
    if (percentile < 0 || percentile > 100) {
      throw ApiException.badRequest("percentile", percentile + " is not 0 to 100");
    }
    IndicatorRequest indicators = indicators(body);
    if (kind.equals(FinishedRun.COMPARISON) && body.scenario() == null) {
      throw ApiException.badRequest("scenario", "a comparison needs a scenario (YAML)");
    }
    if (body.scenario() != null) {
      RequestFields.checked(
          "scenario", () -> ScenarioText.check("scenario", body.scenario(), loaded));
    }
    Set<RiderGroup> riders =
        RequestFields.checked("riders", () -> RequestValues.riders(body.riders()));
    CommunityTransportRequest communityTransport =
        RequestFields.communityTransport(body.rider(), body.booking(), body.communityTransport());
    RoutingOverrides routing = RequestFields.routing(body.routing(), loaded);
    BackgroundRun run =
        queue.submit(
            kind,
            body.scenario(),
            scenarioFile ->
                new AccessibilityJob(
                    window,
                    percentile,
                    modes,
                    indicators,
                    routing,
                    communityTransport,
                    null,
                    null,
                    null,
                    scenarioFile,
                    kind.equals(FinishedRun.COMPARISON) ? null : riders,
                    4326),
            runTimeLimit);
    ctx.header("Location", "/api/runs/" + run.name());
    Json.send(ctx, 202, RunViews.background(run));
  }

  private static IndicatorRequest indicators(Body body) {
    int[] cutoffs = body.cutoffs() == null ? DEFAULT_CUTOFFS : body.cutoffs();
    if (cutoffs.length == 0 || cutoffs.length > 8) {
      throw ApiException.badRequest("cutoffs", "give 1 to 8 cutoffs (minutes)");
    }
    for (int cutoff : cutoffs) {
      if (cutoff < 1 || cutoff > 240) {
        throw ApiException.badRequest("cutoffs", cutoff + " is not 1 to 240 minutes");
      }
    }
    String decay = body.decay() == null ? "step" : body.decay();
    return RequestFields.checked(
        "decay", () -> new IndicatorRequest(cutoffs, 10, decay, 60, "engine", Map.of()));
  }
}
