package org.ruralaccess.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ruralaccess.support.ProgressListener;

/**
 * A stand-in isochrone engine for the server's and the map's tests until issue 13's operation is
 * connected: for each cutoff a square centred on the origin, {@link #METERS_PER_MINUTE} m of
 * half-side per minute, so the squares nest. It records every query it is asked, so a test can
 * check what the endpoint passed on (the zone's origin, the sorted cutoffs, the window).
 */
final class NestedSquareIsochrones implements IsochroneSource {

  static final double METERS_PER_MINUTE = 40;
  private static final double METERS_PER_DEGREE_LAT = 111_320;

  private final List<Query> queries = new ArrayList<>();

  synchronized List<Query> queries() {
    return List.copyOf(queries);
  }

  @Override
  public byte[] geoJson(Query query, ProgressListener progress) {
    synchronized (this) {
      queries.add(query);
    }
    progress.stage("squares", query.cutoffMinutes().length);
    StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < query.cutoffMinutes().length; i++) {
      int cutoff = query.cutoffMinutes()[i];
      double halfLat = cutoff * METERS_PER_MINUTE / METERS_PER_DEGREE_LAT;
      double halfLon = halfLat / Math.cos(Math.toRadians(query.lat()));
      double s = query.lat() - halfLat;
      double n = query.lat() + halfLat;
      double w = query.lon() - halfLon;
      double e = query.lon() + halfLon;
      json.append(i == 0 ? "" : ",")
          .append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[")
          .append(String.format(Locale.ROOT, "[%.6f,%.6f],[%.6f,%.6f],", w, s, e, s))
          .append(
              String.format(Locale.ROOT, "[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]", e, n, w, n, w, s))
          .append("]]},\"properties\":{\"cutoff_minutes\":")
          .append(cutoff)
          .append(",\"area_km2\":")
          .append(
              String.format(Locale.ROOT, "%.3f", Math.pow(2 * cutoff * METERS_PER_MINUTE, 2) / 1e6))
          .append("}}");
      progress.advance(i + 1);
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
