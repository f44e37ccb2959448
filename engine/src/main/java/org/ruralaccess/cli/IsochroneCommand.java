package org.ruralaccess.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ruralaccess.app.DepartureWindow;
import org.ruralaccess.app.IsochroneJob;
import org.ruralaccess.app.IsochroneOperation;
import org.ruralaccess.app.LoadedNetwork;
import org.ruralaccess.app.MatrixJob;
import org.ruralaccess.app.RequestValues;
import org.ruralaccess.model.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rae isochrone}: travel-time isochrones from places, or catchments of destinations. */
@Command(
    name = "isochrone",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Travel-time isochrones from an origin, or with --arrive-by catchments of a destination.",
      "The area reached within each cutoff from an origin (a point, a zone's population-weighted",
      "origin, or every zone), or with --arrive-by the catchment of a destination (from where one",
      "arrives by the deadline). Times on a grid built from the street",
      "network (transit: stop arrivals walked onto the cells), the percentile over the window's",
      "departures per cell, contoured into nested polygons. Writes one feature per place and",
      "cutoff to --out (GeoPackage, or GeoJSON when the name ends in .geojson) and <name>.run.json."
    })
final class IsochroneCommand implements Callable<Integer> {

  @Option(names = "--network", required = true, paramLabel = "FILE")
  Path networkFile;

  @Option(names = "--lat", paramLabel = "DEG", description = "origin latitude (WGS84)")
  Double lat;

  @Option(names = "--lon", paramLabel = "DEG", description = "origin longitude (WGS84)")
  Double lon;

  @Option(
      names = "--zone",
      paramLabel = "CODE",
      description = "origin: the zone's population-weighted origin (e.g. an LSOA21CD)")
  String zone;

  @Option(names = "--all-zones", description = "every zone of the network, in parallel")
  boolean allZones;

  @Option(names = "--to-lat", paramLabel = "DEG", description = "catchment of this point")
  Double toLat;

  @Option(names = "--to-lon", paramLabel = "DEG")
  Double toLon;

  @Option(
      names = "--to-destination",
      paramLabel = "ID",
      description = "catchment of a destination of the network")
  String toDestination;

  @Option(
      names = "--all-destinations",
      paramLabel = "CATEGORY",
      description = "catchments of every destination of a category (e.g. gp)")
  String allDestinations;

  @Option(
      names = "--mode",
      defaultValue = "transit",
      paramLabel = "MODE",
      description = "transit, walk, bike or car (default: ${DEFAULT-VALUE})")
  String mode;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
  String date;

  @Option(names = "--from", paramLabel = "HH:MM", description = "first departure (isochrones)")
  String from;

  @Option(
      names = "--to",
      paramLabel = "HH:MM",
      description = "end of the departure window, exclusive")
  String to;

  @Option(names = "--step-minutes", defaultValue = "1", paramLabel = "N")
  int stepMinutes;

  @Option(
      names = "--arrive-by",
      paramLabel = "HH:MM",
      description =
          "the deadline of a catchment (with --to-lat/--to-lon, --to-destination or"
              + " --all-destinations)")
  String arriveBy;

  @Option(
      names = "--percentile",
      defaultValue = "50",
      paramLabel = "P",
      description = "of travel time over the window's departures (default: ${DEFAULT-VALUE})")
  int percentile;

  @Option(
      names = "--cutoffs",
      defaultValue = "15,30,45,60",
      split = ",",
      paramLabel = "MIN",
      description = "increasing, in minutes (default: ${DEFAULT-VALUE})")
  int[] cutoffs;

  @Option(
      names = "--cell-size",
      defaultValue = "100",
      paramLabel = "M",
      description = "grid cell size in meters, 10 to 2000 (default: ${DEFAULT-VALUE})")
  double cellMeters;

  @Option(names = "--scenario", paramLabel = "YAML", description = "apply a scenario first")
  Path scenarioFile;

  @CommandLine.Mixin RoutingOptions routingOptions = new RoutingOptions();

  @CommandLine.Mixin
  CommunityTransportOptions communityTransportOptions = new CommunityTransportOptions();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "a .gpkg GeoPackage, or .geojson")
  Path out;

  @Override
  public Integer call() {
    String outName = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!outName.endsWith(".gpkg") && !outName.endsWith(".geojson")) {
      throw new BadInputException(
          "--out " + out + ": expected a .gpkg (GeoPackage) or .geojson file name");
    }
    IsochroneJob.Places places = places();
    MatrixJob.Time time;
    if (places.arriveBy()) {
      if (arriveBy == null) {
        throw new BadInputException(
            "--arrive-by HH:MM is needed with --to-lat/--to-lon, --to-destination or"
                + " --all-destinations");
      }
      time =
          new MatrixJob.ArrivingBy(
              RequestValues.date("--date", date),
              RequestValues.time("--arrive-by", arriveBy),
              arriveBy,
              60);
    } else {
      if (arriveBy != null) {
        throw new BadInputException(
            "--arrive-by is for catchments: give --to-lat/--to-lon, --to-destination or"
                + " --all-destinations instead of an origin");
      }
      if (from == null || to == null) {
        throw new BadInputException("--from and --to are required for isochrones");
      }
      time = new MatrixJob.Departing(DepartureWindow.of(date, from, to, stepMinutes));
    }
    IsochroneJob job =
        new IsochroneJob(
            places,
            time,
            RequestValues.mode("--mode", mode),
            percentile,
            cutoffs,
            cellMeters,
            routingOptions.overrides(),
            communityTransportOptions.request(),
            scenarioFile);
    IsochroneOperation.Result result =
        IsochroneOperation.run(LoadedNetwork.read(networkFile), job, new CliProgress());
    List<String> files = result.writeTo(out);
    Progress.say(
        "wrote "
            + result.featureCount()
            + " features to "
            + out
            + " and "
            + out.resolveSibling(files.get(1)));
    return 0;
  }

  /** Exactly one of the six ways to name the places. */
  private IsochroneJob.Places places() {
    List<IsochroneJob.Places> given = new ArrayList<>();
    if (lat != null || lon != null) {
      given.add(new IsochroneJob.FromPoint(both("--lat", lat, "--lon", lon), lon));
    }
    if (zone != null) {
      given.add(new IsochroneJob.FromZone(zone));
    }
    if (allZones) {
      given.add(new IsochroneJob.FromAllZones());
    }
    if (toLat != null || toLon != null) {
      given.add(new IsochroneJob.ToPoint(both("--to-lat", toLat, "--to-lon", toLon), toLon));
    }
    if (toDestination != null) {
      given.add(new IsochroneJob.ToDestination(toDestination));
    }
    if (allDestinations != null) {
      given.add(new IsochroneJob.ToCategory(allDestinations));
    }
    if (given.size() != 1) {
      throw new BadInputException(
          "give exactly one of --lat/--lon, --zone, --all-zones, --to-lat/--to-lon,"
              + " --to-destination or --all-destinations");
    }
    return given.getFirst();
  }

  private static double both(String latFlag, Double latValue, String lonFlag, Double lonValue) {
    if (latValue == null || lonValue == null) {
      throw new BadInputException(latFlag + " and " + lonFlag + " go together");
    }
    return latValue;
  }
}
