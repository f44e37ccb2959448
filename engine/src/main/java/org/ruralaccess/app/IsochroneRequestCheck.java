package org.ruralaccess.app;

import java.util.Arrays;
import java.util.Locale;
import org.ruralaccess.analysis.isochrone.CellGrid;
import org.ruralaccess.analysis.isochrone.IsochroneSettings;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.settings.RoutingSettings;

/**
 * An {@link IsochroneJob}'s values checked, each bad one a line naming its flag, and turned into
 * the analysis's {@link IsochroneSettings}.
 */
final class IsochroneRequestCheck {

  private IsochroneRequestCheck() {}

  static IsochroneSettings settings(IsochroneJob job, RoutingSettings routing) {
    if (job.percentile() < 0 || job.percentile() > 100) {
      throw new BadInputException("--percentile must be 0 to 100, was " + job.percentile());
    }
    if (!(job.cellMeters() >= CellGrid.MIN_CELL_METERS
        && job.cellMeters() <= CellGrid.MAX_CELL_METERS)) {
      throw new BadInputException(
          String.format(
              Locale.ROOT,
              "--cell-size: %s m is outside 10 m to 2,000 m",
              RunNumbers.plain(job.cellMeters())));
    }
    int[] cutoffs = job.cutoffMinutes();
    checkCutoffs("--cutoffs", cutoffs, routing.maxTripMinutes());
    int[] cutoffSeconds = Arrays.stream(cutoffs).map(m -> m * 60).toArray();
    return switch (job.time()) {
      case MatrixJob.Departing d -> {
        if (job.places().arriveBy()) {
          throw new BadInputException(
              "--arrive-by HH:MM is needed with --to-lat/--to-lon, --to-destination or"
                  + " --all-destinations (catchments reach a destination by a deadline)");
        }
        DepartureWindow w = d.window();
        yield new IsochroneSettings(
            w.date(),
            w.fromSeconds(),
            (w.toSeconds() - w.fromSeconds() + w.stepSeconds() - 1) / w.stepSeconds(),
            w.stepSeconds(),
            false,
            job.mode(),
            job.percentile(),
            cutoffSeconds,
            job.cellMeters(),
            routing,
            job.communityTransport());
      }
      case MatrixJob.ArrivingBy a -> {
        if (!job.places().arriveBy()) {
          throw new BadInputException(
              "--arrive-by is for catchments: give --to-lat/--to-lon, --to-destination or"
                  + " --all-destinations instead of an origin");
        }
        yield new IsochroneSettings(
            a.date(),
            a.deadlineSeconds(),
            1,
            60,
            true,
            job.mode(),
            job.percentile(),
            cutoffSeconds,
            job.cellMeters(),
            routing,
            job.communityTransport());
      }
    };
  }

  /** Positive, strictly increasing, none above the max trip time. */
  static void checkCutoffs(String flag, int[] cutoffs, int maxTripMinutes) {
    String given = RunNumbers.joined(cutoffs);
    if (cutoffs.length == 0) {
      throw new BadInputException(flag + ": give at least one, in minutes (e.g. 15,30,45,60)");
    }
    for (int i = 0; i < cutoffs.length; i++) {
      if (cutoffs[i] <= 0) {
        throw new BadInputException(
            flag + " " + given + ": " + cutoffs[i] + " is not a positive number of minutes");
      }
      if (i > 0 && cutoffs[i] <= cutoffs[i - 1]) {
        throw new BadInputException(flag + " " + given + ": must be increasing");
      }
    }
    int largest = cutoffs[cutoffs.length - 1];
    if (largest > maxTripMinutes) {
      throw new BadInputException(
          flag
              + " "
              + given
              + ": "
              + largest
              + " is above the max trip time of "
              + maxTripMinutes
              + " minutes (raise it with --max-minutes)");
    }
  }
}
