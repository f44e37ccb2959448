package org.ruralaccess.app;

import java.nio.charset.StandardCharsets;
import org.ruralaccess.export.TableGeoJsonWriter;
import org.ruralaccess.support.ProgressListener;

/**
 * Isochrones answered from memory as GeoJSON, for a face that sends them rather than writing a file
 * (the server's {@code GET /api/isochrone}): the features of {@link IsochroneOperation#run}, one
 * per cutoff, written by the one GeoJSON writer the command line's {@code .geojson} output uses.
 */
public final class IsochroneGeoJson {

  private IsochroneGeoJson() {}

  public static byte[] compute(LoadedNetwork loaded, IsochroneJob job, ProgressListener progress) {
    IsochroneOperation.Result result = IsochroneOperation.run(loaded, job, progress);
    return TableGeoJsonWriter.toText(result.features()).getBytes(StandardCharsets.UTF_8);
  }
}
