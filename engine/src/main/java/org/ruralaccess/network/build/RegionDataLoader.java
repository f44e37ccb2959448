package org.ruralaccess.network.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.ruralaccess.ingest.destinations.DestinationReader;
import org.ruralaccess.ingest.destinations.DestinationSource;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.ingest.postcodes.CodePointReader;
import org.ruralaccess.ingest.postcodes.PostcodeIndex;
import org.ruralaccess.ingest.region.RegionConfig;
import org.ruralaccess.ingest.region.ZonesConfig;
import org.ruralaccess.ingest.zones.ZoneSetReader;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.issue.ImportIssue;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.issue.Severity;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.NetworkInfo;

/**
 * Reads the region's zones and destinations named in region.yaml, for the network to carry. Checks
 * across the two: destinations outside every zone are counted and reported with examples (they are
 * kept: a hospital over the border still serves the region).
 */
final class RegionDataLoader {

  private static final int EXAMPLES = 5;

  private RegionDataLoader() {}

  record RegionData(
      ZoneSet zones, DestinationSet destinations, List<NetworkInfo.InputFile> inputs) {}

  static RegionData load(RegionConfig region, ImportIssues issues, Consumer<String> progress) {
    List<NetworkInfo.InputFile> inputs = new ArrayList<>();
    ZoneSet zones = new ZoneSet(List.of());
    PostcodeIndex postcodes = null;
    ZonesConfig config = region.zones();
    if (config != null && config.fromPoints()) {
      zones =
          ZoneSetReader.fromPoints(
              PointCsvReader.read(config.points()), config.populationColumn(), issues);
      inputs.add(InputChecksums.describe("zones", config.points()));
    } else if (config != null) {
      zones = ZoneSetReader.read(config.boundaries(), issues, progress);
      describeAll(inputs, "zones", config.boundaries().boundaries());
      describeOptional(inputs, "population", config.boundaries().population());
      describeOptional(inputs, "deprivation", config.boundaries().deprivation());
      describeOptional(inputs, "deprivationLookup", config.boundaries().deprivationLookup());
      describeOptional(inputs, "ruralUrban", config.boundaries().ruralUrban());
      describeAll(inputs, "postcodes", config.boundaries().postcodes());
      describeOptional(inputs, "centroids", config.boundaries().centroids());
      if (!config.boundaries().postcodes().isEmpty()) {
        postcodes = CodePointReader.read(config.boundaries().postcodes(), new ImportIssues());
      }
    }
    DestinationSet destinations = new DestinationSet(List.of());
    if (!region.destinations().isEmpty()) {
      destinations = DestinationReader.read(region.destinations(), postcodes, issues);
      for (DestinationSource source : region.destinations()) {
        inputs.add(InputChecksums.describe("destinations:" + source.format(), source.path()));
      }
      reportOutsideZones(zones, destinations, issues);
    }
    return new RegionData(zones, destinations, inputs);
  }

  private static void reportOutsideZones(
      ZoneSet zones, DestinationSet destinations, ImportIssues issues) {
    STRtree index = new STRtree();
    for (Zone zone : zones.zones()) {
      if (zone.boundary() != null) {
        index.insert(
            zone.boundary().getEnvelopeInternal(),
            PreparedGeometryFactory.prepare(zone.boundary()));
      }
    }
    if (index.size() == 0) {
      return;
    }
    GeometryFactory factory = new GeometryFactory();
    List<Destination> outside = new ArrayList<>();
    for (Destination destination : destinations.destinations()) {
      Point point = factory.createPoint(new Coordinate(destination.lon(), destination.lat()));
      boolean inside = false;
      for (Object candidate : index.query(point.getEnvelopeInternal())) {
        if (((PreparedGeometry) candidate).covers(point)) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        outside.add(destination);
      }
    }
    for (int i = 0; i < outside.size(); i++) {
      Destination d = outside.get(i);
      String message =
          i == 0
              ? outside.size()
                  + " destinations lie outside every zone (kept: they still serve the"
                  + " region); e.g. "
                  + d.category()
                  + " '"
                  + d.name()
                  + "'"
              : d.category() + " '" + d.name() + "' lies outside every zone (kept)";
      if (i < EXAMPLES) {
        issues.add(
            ImportIssue.of(
                    Severity.INFO, "DESTINATION_OUTSIDE_ZONES", "destinations", 0, d.id(), message)
                .at(d.lat(), d.lon()));
      }
    }
  }

  private static void describeOptional(List<NetworkInfo.InputFile> inputs, String role, Path path) {
    if (path != null) {
      inputs.add(InputChecksums.describe(role, path));
    }
  }

  private static void describeAll(
      List<NetworkInfo.InputFile> inputs, String role, List<Path> paths) {
    for (Path path : paths) {
      inputs.add(InputChecksums.describe(role, path));
    }
  }
}
