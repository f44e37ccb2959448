package org.ruralaccess.app;

import java.nio.file.Path;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.model.point.PointSet;

/**
 * Origins or destinations: a CSV file ({@code id,lat,lon}) the command line names, or points given.
 */
public sealed interface PointInput {

  /** Reads the points (a file is read when this is called). */
  PointSet points();

  /** An {@code id,lat,lon} CSV file (WGS84; other columns kept as values). */
  record CsvFile(Path file) implements PointInput {
    @Override
    public PointSet points() {
      return PointCsvReader.read(file);
    }
  }

  /** Points already in memory, e.g. from an HTTP request body. */
  record Given(PointSet points) implements PointInput {}
}
