package org.ruralaccess.server;

import org.ruralaccess.app.DepartureWindow;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.settings.RoutingOverrides;
import org.ruralaccess.support.ProgressListener;

/**
 * Where {@code GET /api/isochrone} gets its polygons once a request has been checked. The
 * application layer's isochrone operation (issue 13, {@code app.IsochroneOperation}) is connected
 * here by one adapter; a server started without one answers 501 to a valid request and says so in
 * {@code GET /api/network} ({@code "isochrones": false}), and the map then explains why a click
 * draws nothing.
 */
public interface IsochroneSource {

  /**
   * A checked request: the origin inside the network's area, the date inside the calendar (for
   * transit), cutoffs ascending.
   *
   * @param zoneCode the zone asked for, or null when the origin was given as a point
   * @param percentile of the travel times over the window's departures (0 to 100)
   * @param cutoffMinutes ascending, distinct, 1 to 240
   */
  record Query(
      double lat,
      double lon,
      String zoneCode,
      TravelMode mode,
      DepartureWindow window,
      int percentile,
      int[] cutoffMinutes,
      RoutingOverrides routing) {}

  /**
   * The isochrones as a GeoJSON FeatureCollection (WGS84): one Polygon or MultiPolygon feature per
   * cutoff, nested, each with {@code cutoff_minutes} and its figures in the properties.
   *
   * @param progress reports work and cancels it (by throwing) when the request's time is up
   */
  byte[] geoJson(Query query, ProgressListener progress);

  /** Whether isochrones can be computed; false for {@link #NONE}. */
  default boolean available() {
    return true;
  }

  /** No isochrone engine connected: every valid request is answered 501. */
  IsochroneSource NONE =
      new IsochroneSource() {
        @Override
        public byte[] geoJson(Query query, ProgressListener progress) {
          throw new ApiException(
              501,
              null,
              "isochrones are not computed by this build of rae yet (issue 13); the request was"
                  + " valid");
        }

        @Override
        public boolean available() {
          return false;
        }
      };
}
