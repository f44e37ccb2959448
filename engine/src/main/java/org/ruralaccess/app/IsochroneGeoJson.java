package org.ruralaccess.app;

import java.nio.charset.StandardCharsets;
import org.ruralaccess.analysis.isochrone.IsochronePreparations;
import org.ruralaccess.export.TableGeoJsonWriter;
import org.ruralaccess.support.ProgressListener;

/**
 * Isochrones answered from memory as GeoJSON, for a face that sends them rather than writing a file
 * and answers many requests on one loaded network (the server's {@code GET /api/isochrone}): the
 * features of {@link IsochroneOperation#run}, one per cutoff, written by the one GeoJSON writer the
 * command line's {@code .geojson} output uses, so the text is the file's.
 *
 * <p>The prepared analyses (grid and cell links, stop-to-cell walks, the day's timetable, the
 * searches' state) are kept between requests in an {@link IsochronePreparations} bounded to {@link
 * IsochronePreparations#SERVER_PARTS_PER_KIND} of each kind, so a request pays only its search and
 * contouring once its date and settings have been asked for (issue 14). No run record is made (its
 * checksums would read the network file on every request). Thread-safe.
 */
public final class IsochroneGeoJson {

  private final LoadedNetwork loaded;
  private final IsochronePreparations kept;

  public IsochroneGeoJson(LoadedNetwork loaded) {
    this.loaded = loaded;
    this.kept =
        new IsochronePreparations(
            loaded.network(),
            loaded.network().zones(),
            loaded.network().destinations(),
            IsochronePreparations.SERVER_PARTS_PER_KIND);
  }

  /**
   * @param eachDeparture run on the searching thread before each departure of a transit window is
   *     carried onto the cells; it may throw to cancel the request there (a server's time limit)
   */
  public byte[] compute(IsochroneJob job, ProgressListener progress, Runnable eachDeparture) {
    IsochroneOperation.Computed computed =
        IsochroneOperation.compute(loaded, job, progress, kept, eachDeparture);
    return TableGeoJsonWriter.toText(computed.table()).getBytes(StandardCharsets.UTF_8);
  }

  /** Parts prepared so far (a work counter: a repeated request prepares nothing). */
  public long preparedCount() {
    return kept.preparedCount();
  }
}
