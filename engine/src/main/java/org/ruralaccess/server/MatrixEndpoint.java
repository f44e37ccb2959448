package org.ruralaccess.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.ruralaccess.app.DepartureWindow;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.app.MatrixJob;
import org.ruralaccess.app.MatrixMinutes;
import org.ruralaccess.app.NetworkArea;
import org.ruralaccess.app.PointInput;
import org.ruralaccess.app.RequestValues;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.settings.RoutingOverrides;

/**
 * {@code POST /api/matrix}: travel times between small point sets, computed by the same operation
 * as {@code rae matrix} and answered from memory. At most {@link ServerLimits#maxMatrixPairs}
 * pairs; at most {@link ServerLimits#concurrentMatrices} computed at once (the rest wait, then are
 * refused); one still computing after {@link ServerLimits#matrixTimeLimit} is cancelled.
 */
final class MatrixEndpoint {

  /** The request body. */
  record Body(
      List<Point> origins,
      List<Point> destinations,
      String date,
      String from,
      String to,
      Integer stepMinutes,
      String mode,
      int[] percentiles,
      String rider,
      String booking,
      Boolean communityTransport,
      RoutingOverrides routing) {}

  /** A point of the body. */
  record Point(String id, Double lat, Double lon) {}

  private static final int MAX_ID_LENGTH = 100;

  private final LoadedNetwork loaded;
  private final NetworkArea area;
  private final RequestFields fields;
  private final ServerLimits limits;
  private final Semaphore places;

  MatrixEndpoint(
      LoadedNetwork loaded, NetworkArea area, RequestFields fields, ServerLimits limits) {
    this.loaded = loaded;
    this.area = area;
    this.fields = fields;
    this.limits = limits;
    this.places = new Semaphore(limits.concurrentMatrices(), true);
  }

  ApiRoute route() {
    return ApiRoute.post("/api/matrix", Set.of(), (ctx, query) -> answer(ctx));
  }

  private void answer(Context ctx) throws InterruptedException {
    Body body = Json.read(ctx, Body.class);
    PointSet origins = points("origins", body.origins());
    PointSet destinations = points("destinations", body.destinations());
    long pairs = (long) origins.size() * destinations.size();
    if (pairs > limits.maxMatrixPairs()) {
      throw ApiException.badRequest(
          "destinations",
          origins.size()
              + " origins x "
              + destinations.size()
              + " destinations = "
              + pairs
              + " pairs; at most "
              + limits.maxMatrixPairs()
              + " per request");
    }
    TravelMode mode = RequestFields.mode(body.mode());
    DepartureWindow window =
        fields.window(body.date(), body.from(), body.to(), body.stepMinutes(), mode);
    int[] percentiles =
        RequestFields.checked(
            "percentiles",
            () ->
                RequestValues.percentiles(
                    "percentiles",
                    body.percentiles() == null ? new int[] {50} : body.percentiles()));
    if (percentiles.length == 0 || percentiles.length > 10) {
      throw ApiException.badRequest("percentiles", "give 1 to 10 percentiles");
    }
    MatrixJob job =
        new MatrixJob(
            new PointInput.Given(origins),
            new PointInput.Given(destinations),
            new MatrixJob.Departing(window),
            mode,
            percentiles,
            RequestFields.routing(body.routing(), loaded),
            RequestFields.communityTransport(
                body.rider(), body.booking(), body.communityTransport()));
    MatrixMinutes matrix = compute(job);
    Json.send(ctx, answer(body, mode, window, matrix));
  }

  private MatrixMinutes compute(MatrixJob job) throws InterruptedException {
    if (!places.tryAcquire(limits.matrixWait().toMillis(), TimeUnit.MILLISECONDS)) {
      throw new ApiException(
          503, null, "the server is busy with other matrices; try again in a moment");
    }
    try {
      CancellableProgress progress = new CancellableProgress(limits.matrixTimeLimit());
      return MatrixMinutes.compute(loaded, job, progress);
    } catch (RuntimeException e) {
      CancelledException cancelled = CancelledException.in(e).orElseThrow(() -> e);
      throw new ApiException(
          503,
          null,
          "the matrix " + cancelled.getMessage() + "; ask for fewer origins or a shorter window");
    } finally {
      places.release();
    }
  }

  private PointSet points(String field, List<Point> points) {
    if (points == null || points.isEmpty()) {
      throw ApiException.badRequest(field, "give at least one point {id, lat, lon}");
    }
    if (points.size() > limits.maxMatrixPairs()) {
      throw ApiException.badRequest(
          field, points.size() + " points; at most " + limits.maxMatrixPairs());
    }
    List<String> ids = new ArrayList<>();
    double[] lats = new double[points.size()];
    double[] lons = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      String at = field + "[" + i + "]";
      Point point = points.get(i);
      if (point == null) {
        throw ApiException.badRequest(at, "a point {id, lat, lon} is required");
      }
      String id = RequestFields.required(at + ".id", point.id());
      if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
        throw ApiException.badRequest(at + ".id", "1 to " + MAX_ID_LENGTH + " characters");
      }
      double lat = RequestFields.required(at + ".lat", point.lat());
      double lon = RequestFields.required(at + ".lon", point.lon());
      RequestFields.checked(at, () -> check(at, lat, lon));
      lats[i] = lat;
      lons[i] = lon;
      ids.add(id);
    }
    return new PointSet("request " + field, ids, lats, lons, new HashMap<>());
  }

  private Boolean check(String field, double lat, double lon) {
    area.check(field, lat, lon);
    return true;
  }

  private static Map<String, Object> answer(
      Body body, TravelMode mode, DepartureWindow window, MatrixMinutes matrix) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("mode", mode.label());
    answer.put("date", window.date().toString());
    answer.put("from", window.fromText());
    answer.put("to", window.toText());
    answer.put("stepMinutes", window.stepMinutes());
    answer.put("percentiles", matrix.percentiles());
    answer.put("origins", matrix.originIds());
    answer.put("destinations", matrix.destinationIds());
    List<List<List<Integer>>> minutes = new ArrayList<>();
    int percentileCount = matrix.percentiles().length;
    for (int o = 0; o < matrix.originIds().size(); o++) {
      List<List<Integer>> row = new ArrayList<>();
      for (int d = 0; d < matrix.destinationIds().size(); d++) {
        List<Integer> cell = new ArrayList<>(percentileCount);
        for (int p = 0; p < percentileCount; p++) {
          int value = matrix.minutes(o, d, p);
          cell.add(value == MatrixMinutes.UNREACHED ? null : value);
        }
        row.add(cell);
      }
      minutes.add(row);
    }
    answer.put("minutes", minutes);
    return answer;
  }
}
