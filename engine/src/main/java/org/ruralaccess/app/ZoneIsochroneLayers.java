package org.ruralaccess.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.isochrone.IsochroneAnalysis;
import org.ruralaccess.analysis.isochrone.IsochroneSettings;
import org.ruralaccess.analysis.isochrone.IsochroneTable;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * {@code rae accessibility --isochrones 30,60}: the isochrones of every zone of the run, one layer
 * per mode ({@code isochrones_transit}, ...), at the run's window and percentile on the default 100
 * m grid, for accessibility.gpkg.
 */
final class ZoneIsochroneLayers {

  private ZoneIsochroneLayers() {}

  static List<ResultTable> compute(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      int[] cutoffMinutes,
      ProgressListener progress) {
    List<IsochroneAnalysis.Place> places = new ArrayList<>();
    for (Zone zone : zones.zones()) {
      places.add(
          new IsochroneAnalysis.Place(
              zone.code(), zone.name(), zone.originLat(), zone.originLon()));
    }
    int step = request.stepSeconds();
    String window = clock(request.fromSeconds()) + "-" + clock(request.toSeconds());
    List<ResultTable> layers = new ArrayList<>();
    for (TravelMode mode : request.modes()) {
      IsochroneSettings settings =
          new IsochroneSettings(
              request.date(),
              request.fromSeconds(),
              (request.toSeconds() - request.fromSeconds() + step - 1) / step,
              step,
              false,
              mode,
              request.percentile(),
              Arrays.stream(cutoffMinutes).map(m -> m * 60).toArray(),
              IsochroneJob.DEFAULT_CELL_METERS,
              request.routing(),
              request.communityTransport());
      IsochroneAnalysis analysis =
          IsochroneAnalysis.prepare(network, settings, zones, destinations);
      progress.stage(
          mode.label()
              + " isochrones of "
              + places.size()
              + " zones, cutoffs "
              + RunNumbers.joined(cutoffMinutes)
              + " min",
          places.size());
      var results = analysis.compute(places, progress::advance);
      layers.add(
          IsochroneTable.of(
              "isochrones_" + mode.label(),
              results,
              false,
              new IsochroneTable.Labels(
                  mode.label(),
                  request.date().toString(),
                  window,
                  mode == TravelMode.TRANSIT ? request.percentile() : null),
              destinations.categories()));
    }
    return layers;
  }

  private static String clock(int seconds) {
    return String.format(java.util.Locale.ROOT, "%02d:%02d", seconds / 3600, seconds / 60 % 60);
  }
}
