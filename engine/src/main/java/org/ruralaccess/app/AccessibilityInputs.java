package org.ruralaccess.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.accessibility.StreetPlacement;
import org.ruralaccess.ingest.destinations.DestinationReader;
import org.ruralaccess.ingest.destinations.DestinationSource;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.ingest.zones.ZoneSetReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.support.ProgressListener;

/**
 * What an accessibility run or a comparison reads and asks, checked: the zones and destinations
 * (the network's, or the user's files), the analysis request, and the run record's parameters and
 * inputs, and which zone origins and destinations cannot be placed on the streets (said on the
 * console, counted in the run record, listed in the {@code unplaced} table). Shared by {@link
 * AccessibilityOperation} and {@link CompareOperation}.
 */
record AccessibilityInputs(
    ZoneSet zones,
    DestinationSet destinations,
    AccessibilityRequest request,
    StreetPlacement placement,
    Map<String, Object> parameters,
    List<LoadedNetwork.RunInput> files) {

  static AccessibilityInputs resolve(
      LoadedNetwork loaded, AccessibilityJob job, String commandName, ProgressListener progress) {
    if (job.percentile() < 0 || job.percentile() > 100) {
      throw new BadInputException("--percentile must be 0 to 100, was " + job.percentile());
    }
    var indicators = job.indicators().settings();
    // problems a user's file has that the reader skips by policy (a repeated destination id, a
    // position that is not WGS84) are said on the console, as a build says them
    ImportIssues fileIssues = new ImportIssues();
    ZoneSet zones = zones(loaded, job, fileIssues);
    DestinationSet destinations = destinations(loaded, job, fileIssues);
    IssueDigest.of(fileIssues.sorted()).forEach(entry -> progress.note(entry.line()));
    DepartureWindow window = job.window();
    if (job.modes().contains(TravelMode.TRANSIT)) {
      ServiceDateCheck.warnOrFail(loaded.network(), window.date(), TravelMode.TRANSIT, progress);
    }
    AccessibilityRequest request =
        new AccessibilityRequest(
            window.date(),
            window.fromSeconds(),
            window.toSeconds(),
            window.stepSeconds(),
            job.percentile(),
            job.modes(),
            job.routing().applyTo(loaded.network().info().routing()),
            indicators,
            job.communityTransport());
    progress.note(
        String.format(
            "%s: %d zones (%d in the study area), %d destinations in %s; %s %s-%s",
            commandName,
            zones.size(),
            zones.zones().stream().filter(z -> z.inStudyArea()).count(),
            destinations.size(),
            destinations.categories(),
            window.date(),
            window.fromText(),
            window.toText()));
    // a scenario never moves streets: what is unplaced on the network is unplaced on its scenarios
    StreetPlacement placement =
        StreetPlacement.find(loaded.network().streets(), zones, destinations, request.modes());
    placement.warnings(zones, destinations).forEach(progress::note);
    Map<String, Object> parameters = parameters(job, request);
    parameters.put("unplaced", placement.counts());
    return new AccessibilityInputs(zones, destinations, request, placement, parameters, files(job));
  }

  /** These inputs for {@code job}, which differs from the resolved one only in its scenario. */
  AccessibilityInputs forScenario(AccessibilityJob job) {
    return new AccessibilityInputs(zones, destinations, request, placement, parameters, files(job));
  }

  private static ZoneSet zones(LoadedNetwork loaded, AccessibilityJob job, ImportIssues issues) {
    if (job.zonesFile() != null) {
      return ZoneSetReader.fromPoints(
          PointCsvReader.read(job.zonesFile()), job.populationColumn(), issues);
    }
    if (loaded.network().zones().size() == 0) {
      throw new BadInputException(
          loaded.file()
              + ": this network has no zones (region.yaml has no 'zones:'); give --zones CSV");
    }
    return loaded.network().zones();
  }

  private static DestinationSet destinations(
      LoadedNetwork loaded, AccessibilityJob job, ImportIssues issues) {
    if (job.destinationsFile() != null) {
      return DestinationReader.read(
          List.of(new DestinationSource("csv", job.destinationsFile(), Map.of())), null, issues);
    }
    if (loaded.network().destinations().size() == 0) {
      throw new BadInputException(
          loaded.file()
              + ": this network has no destinations (region.yaml has no 'destinations:'); give"
              + " --destinations CSV");
    }
    return loaded.network().destinations();
  }

  private static List<LoadedNetwork.RunInput> files(AccessibilityJob job) {
    List<LoadedNetwork.RunInput> files = new ArrayList<>();
    if (job.zonesFile() != null) {
      files.add(new LoadedNetwork.RunInput("zones", job.zonesFile()));
    }
    if (job.destinationsFile() != null) {
      files.add(new LoadedNetwork.RunInput("destinations", job.destinationsFile()));
    }
    if (job.scenarioFile() != null) {
      files.add(new LoadedNetwork.RunInput("scenario", job.scenarioFile()));
    }
    return files;
  }

  private static Map<String, Object> parameters(
      AccessibilityJob job, AccessibilityRequest request) {
    DepartureWindow window = job.window();
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("date", window.date().toString());
    parameters.put("from", window.fromText());
    parameters.put("to", window.toText());
    parameters.put("stepMinutes", window.stepMinutes());
    parameters.put("percentile", job.percentile());
    parameters.put("modes", request.modes().stream().map(TravelMode::label).toList());
    parameters.putAll(job.indicators().parameters());
    parameters.put("routing", RoutingParameters.of(request.routing()));
    parameters.put("communityTransport", CommunityTransportParameters.of(job.communityTransport()));
    parameters.put("crs", job.crsEpsg());
    return parameters;
  }
}
