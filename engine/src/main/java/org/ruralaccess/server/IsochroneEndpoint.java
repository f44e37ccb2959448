package org.ruralaccess.server;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.ruralaccess.app.DepartureWindow;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.app.NetworkArea;
import org.ruralaccess.app.ZoneOrigin;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.settings.RoutingOverrides;

/**
 * {@code GET /api/isochrone}: nested isochrones from a point ({@code lat} and {@code lon}) or from
 * a zone's origin ({@code zone}), as GeoJSON. Every parameter is checked here (the point inside the
 * network's area, the date inside the calendar for transit, the window and cutoffs within the
 * limits) before the {@link IsochroneSource} computes anything; at most {@link
 * ServerLimits#concurrentMatrices} are computed at once and one still computing after {@link
 * ServerLimits#matrixTimeLimit} is cancelled, as for matrices.
 */
final class IsochroneEndpoint {

  static final Set<String> PARAMETERS =
      Set.of(
          "lat",
          "lon",
          "zone",
          "mode",
          "date",
          "from",
          "to",
          "stepMinutes",
          "percentile",
          "cutoffs");
  private static final int[] DEFAULT_CUTOFFS = {15, 30, 45, 60};
  private static final int MAX_CUTOFFS = 8;
  private static final int MAX_CUTOFF_MINUTES = 240;

  private final LoadedNetwork loaded;
  private final NetworkArea area;
  private final RequestFields fields;
  private final ServerLimits limits;
  private final IsochroneSource source;
  private final Semaphore places;

  IsochroneEndpoint(
      LoadedNetwork loaded,
      NetworkArea area,
      RequestFields fields,
      ServerLimits limits,
      IsochroneSource source) {
    this.loaded = loaded;
    this.area = area;
    this.fields = fields;
    this.limits = limits;
    this.source = source;
    this.places = new Semaphore(limits.concurrentMatrices(), true);
  }

  ApiRoute route() {
    return ApiRoute.get("/api/isochrone", PARAMETERS, this::answer);
  }

  private void answer(Context ctx, QueryParameters query) throws InterruptedException {
    IsochroneSource.Query checked = check(query);
    if (!places.tryAcquire(limits.matrixWait().toMillis(), TimeUnit.MILLISECONDS)) {
      throw new ApiException(
          503, null, "the server is busy with other isochrones; try again in a moment");
    }
    try {
      CancellableProgress progress = new CancellableProgress(limits.matrixTimeLimit());
      byte[] geoJson = source.geoJson(checked, progress);
      ctx.contentType("application/geo+json").result(geoJson);
    } catch (RuntimeException e) {
      CancelledException cancelled = CancelledException.in(e).orElseThrow(() -> e);
      throw new ApiException(
          503,
          null,
          "the isochrone "
              + cancelled.getMessage()
              + "; ask for a shorter window or fewer cutoffs");
    } finally {
      places.release();
    }
  }

  /** The request, every field checked; a refusal names the parameter. */
  IsochroneSource.Query check(QueryParameters query) {
    double lat;
    double lon;
    String zoneCode = query.text("zone", null);
    if (zoneCode != null) {
      if (query.has("lat") || query.has("lon")) {
        throw ApiException.badRequest("zone", "give either zone or lat and lon, not both");
      }
      ZoneOrigin zone =
          ZoneOrigin.find(loaded, zoneCode)
              .orElseThrow(
                  () ->
                      ApiException.badRequest("zone", "no zone '" + zoneCode + "' in the network"));
      lat = zone.lat();
      lon = zone.lon();
    } else {
      if (!query.has("lat") && !query.has("lon")) {
        throw ApiException.badRequest("lat", "required (with lon), or give zone");
      }
      lat = query.number("lat");
      lon = query.number("lon");
      if (lat < -90 || lat > 90) {
        throw ApiException.badRequest("lat", lat + " is not a latitude");
      }
      if (lon < -180 || lon > 180) {
        throw ApiException.badRequest("lon", lon + " is not a longitude");
      }
      double pointLat = lat;
      double pointLon = lon;
      RequestFields.checked("lat", () -> inArea(pointLat, pointLon));
    }
    TravelMode mode = RequestFields.mode(query.text("mode", null));
    Integer step = query.has("stepMinutes") ? query.integer("stepMinutes", 1, 1, 60) : null;
    DepartureWindow window =
        fields.window(
            query.text("date", null), query.text("from", null), query.text("to", null), step, mode);
    int percentile = query.integer("percentile", 50, 0, 100);
    int[] cutoffs = query.integers("cutoffs", DEFAULT_CUTOFFS, 1, MAX_CUTOFF_MINUTES);
    if (cutoffs.length > MAX_CUTOFFS) {
      throw ApiException.badRequest("cutoffs", "give at most " + MAX_CUTOFFS + " cutoffs");
    }
    int[] sorted = cutoffs.clone();
    Arrays.sort(sorted);
    if (Arrays.stream(sorted).distinct().count() != sorted.length) {
      throw ApiException.badRequest("cutoffs", "a cutoff is given twice");
    }
    return new IsochroneSource.Query(
        lat, lon, zoneCode, mode, window, percentile, sorted, RoutingOverrides.NONE);
  }

  private Boolean inArea(double lat, double lon) {
    area.check("lat", lat, lon);
    return true;
  }
}
