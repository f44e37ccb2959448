package org.ruralaccess.app;

import java.util.List;
import org.ruralaccess.analysis.matrix.MatrixRequest;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.support.ProgressListener;

/**
 * A small travel-time matrix kept in memory, for a face that answers with it (the server's {@code
 * POST /api/matrix}) rather than writing a file: whole minutes (seconds / 60 rounded down, as
 * {@code rae matrix} writes them) per origin, destination and percentile.
 */
public final class MatrixMinutes {

  /** Written for a pair not reached within the trip limit. */
  public static final int UNREACHED = -1;

  private final List<String> originIds;
  private final List<String> destinationIds;
  private final int[] percentiles;
  private final int[][][] minutes;

  private MatrixMinutes(
      List<String> originIds, List<String> destinationIds, int[] percentiles, int[][][] minutes) {
    this.originIds = List.copyOf(originIds);
    this.destinationIds = List.copyOf(destinationIds);
    this.percentiles = percentiles.clone();
    this.minutes = minutes;
  }

  /**
   * Computes the matrix of a departure window (not arrive-by: its rows have another shape).
   *
   * @throws IllegalArgumentException for an arrive-by job
   */
  public static MatrixMinutes compute(
      LoadedNetwork loaded, MatrixJob job, ProgressListener progress) {
    if (!(job.time() instanceof MatrixJob.Departing)) {
      throw new IllegalArgumentException("an in-memory matrix is for a departure window");
    }
    Sink[] opened = new Sink[1];
    MatrixOperation.run(
        loaded,
        job,
        (origins, destinations, request) -> opened[0] = new Sink(origins, destinations, request),
        progress);
    Sink sink = opened[0];
    return new MatrixMinutes(
        sink.origins.ids(), sink.destinations.ids(), sink.percentiles, sink.minutes);
  }

  public List<String> originIds() {
    return originIds;
  }

  public List<String> destinationIds() {
    return destinationIds;
  }

  public int[] percentiles() {
    return percentiles.clone();
  }

  /** Whole minutes from an origin to a destination at the percentile's index, or UNREACHED. */
  public int minutes(int origin, int destination, int percentileIndex) {
    return minutes[origin][destination][percentileIndex];
  }

  private static final class Sink implements TravelTimeMatrix.Sink {
    private final PointSet origins;
    private final PointSet destinations;
    private final int[] percentiles;
    private final int[][][] minutes;

    Sink(PointSet origins, PointSet destinations, MatrixRequest request) {
      this.origins = origins;
      this.destinations = destinations;
      this.percentiles = request.percentiles();
      this.minutes = new int[origins.size()][][];
    }

    @Override
    public void origin(int origin, int[][] values) {
      int[][] row = new int[values.length][];
      for (int d = 0; d < values.length; d++) {
        row[d] = new int[values[d].length];
        for (int p = 0; p < values[d].length; p++) {
          row[d][p] = values[d][p] == Percentiles.UNREACHED ? UNREACHED : values[d][p] / 60;
        }
      }
      minutes[origin] = row;
    }
  }
}
