package org.ruralaccess.server;

import org.ruralaccess.app.IsochroneGeoJson;
import org.ruralaccess.app.IsochroneJob;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.app.MatrixJob;
import org.ruralaccess.support.ProgressListener;

/**
 * The isochrone engine behind {@code GET /api/isochrone}: a checked {@link Query} made into the
 * {@link IsochroneJob} {@code rae isochrone} would build, computed by {@code
 * app.IsochroneOperation} on 100 m cells, answered as GeoJSON (one feature per cutoff). The
 * prepared analyses are kept between requests ({@code app.IsochroneGeoJson}), and a request past
 * the time limit is cancelled between two departure minutes of its search.
 */
final class EngineIsochrones implements IsochroneSource {

  private final IsochroneGeoJson isochrones;

  EngineIsochrones(LoadedNetwork loaded) {
    this.isochrones = new IsochroneGeoJson(loaded);
  }

  @Override
  public byte[] geoJson(Query query, ProgressListener progress) {
    IsochroneJob.Places places =
        query.zoneCode() != null
            ? new IsochroneJob.FromZone(query.zoneCode())
            : new IsochroneJob.FromPoint(query.lat(), query.lon());
    IsochroneJob job =
        new IsochroneJob(
            places,
            new MatrixJob.Departing(query.window()),
            query.mode(),
            query.percentile(),
            query.cutoffMinutes(),
            IsochroneJob.DEFAULT_CELL_METERS,
            query.routing(),
            null,
            null);
    // a search past the time limit stops within one departure minute, not at its next report
    Runnable eachDeparture =
        progress instanceof CancellableProgress cancellable
            ? cancellable::checkNotCancelled
            : () -> {};
    return isochrones.compute(job, progress, eachDeparture);
  }
}
