package org.ruralaccess.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ruralaccess.analysis.accessibility.AccessibilityAnalysis;
import org.ruralaccess.analysis.accessibility.AccessibilityRequest;
import org.ruralaccess.analysis.indicators.DecayFunction;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.indicators.IndicatorStyle;
import org.ruralaccess.ingest.destinations.DestinationReader;
import org.ruralaccess.ingest.destinations.DestinationSource;
import org.ruralaccess.ingest.points.PointCsvReader;
import org.ruralaccess.ingest.zones.ZoneSetReader;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.store.NetworkStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The flags of {@code rae accessibility}, shared with {@code rae compare}: the network, the
 * departure window, the modes, the indicator settings, the zones and destinations, routing.
 */
final class AccessibilityOptions {

  @Option(names = "--network", required = true, paramLabel = "FILE")
  Path networkFile;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
  String date;

  @Option(names = "--from", required = true, paramLabel = "HH:MM")
  String from;

  @Option(names = "--to", required = true, paramLabel = "HH:MM")
  String to;

  @Option(names = "--step-minutes", defaultValue = "1", paramLabel = "N")
  int stepMinutes;

  @Option(
      names = "--percentile",
      defaultValue = "50",
      paramLabel = "P",
      description = "travel time percentile over the window (default: ${DEFAULT-VALUE})")
  int percentile;

  @Option(
      names = "--modes",
      defaultValue = "transit,walk,bike,car",
      split = ",",
      paramLabel = "MODE")
  List<String> modes;

  @Option(names = "--cutoffs", defaultValue = "15,30,45,60", split = ",", paramLabel = "MIN")
  int[] cutoffs;

  @Option(
      names = "--cap",
      defaultValue = "10",
      paramLabel = "N",
      description = "cap of the capped counts (DfT JTS: 10)")
  int cap;

  @Option(
      names = "--decay",
      defaultValue = "step",
      paramLabel = "FUNCTION",
      description =
          "gravity decay: step, linear:WIDTH, logistic:SD, exponential:HALF_LIFE (minutes); see docs/indicators.md")
  String decay;

  @Option(names = "--gravity-cutoff", defaultValue = "60", paramLabel = "MIN")
  int gravityCutoffMinutes;

  @Option(
      names = "--style",
      defaultValue = "engine",
      paramLabel = "STYLE",
      description = "column names: engine or jts (DfT JTS05 names, e.g. GPPTt)")
  String style;

  @Option(
      names = "--zones",
      paramLabel = "CSV",
      description =
          "r5r-style points (id,lat,lon,population) to use as zones instead of the network's")
  Path zonesFile;

  @Option(names = "--population-column", defaultValue = "population", paramLabel = "NAME")
  String populationColumn;

  @Option(
      names = "--destinations",
      paramLabel = "CSV",
      description = "destinations (id,name,category,lat,lon,weight) instead of the network's")
  Path destinationsFile;

  @Option(
      names = "--users",
      paramLabel = "CATEGORY=GROUP",
      description =
          "who uses a category, e.g. gp=older (65+), jobs=working-age, hospital=all; groups: all,"
              + " children, young, working-age, older, or bands like 50-64+65-")
  Map<String, String> users;

  @CommandLine.Mixin RoutingOptions routingOptions = new RoutingOptions();

  @CommandLine.Mixin
  CommunityTransportOptions communityTransportOptions = new CommunityTransportOptions();

  /** A checked run: the network and what to compute, from the flags. */
  record Prepared(
      Network network,
      ZoneSet zones,
      DestinationSet destinations,
      AccessibilityRequest request,
      Map<String, Object> parameters,
      List<Path> extraInputs) {}

  Prepared prepare(String commandName) {
    LocalDate serviceDate = CliValues.date("--date", date);
    List<TravelMode> travelModes = parseModes();
    IndicatorSettings indicators = indicatorSettings();
    CommunityTransportRequest communityTransport = communityTransportOptions.request();
    int fromSeconds = CliValues.time("--from", from);
    int toSeconds = CliValues.time("--to", to);
    if (toSeconds <= fromSeconds || stepMinutes < 1 || percentile < 0 || percentile > 100) {
      throw new BadInputException(
          "need --from before --to, --step-minutes >= 1 and --percentile 0-100");
    }
    Network network = NetworkStore.read(networkFile);
    ZoneSet zones = zones(network);
    DestinationSet destinations = destinations(network);
    if (travelModes.contains(TravelMode.TRANSIT)) {
      ServiceDateCheck.warnOrFail(network, serviceDate, TravelMode.TRANSIT);
    }
    RoutingSettings routing = routingOptions.applyTo(network.info().routing());
    AccessibilityRequest request =
        new AccessibilityRequest(
            serviceDate,
            fromSeconds,
            toSeconds,
            stepMinutes * 60,
            percentile,
            travelModes,
            routing,
            indicators,
            communityTransport);
    Progress.say(
        String.format(
            "%s: %d zones (%d in the study area), %d destinations in %s; %s %s-%s",
            commandName,
            zones.size(),
            zones.zones().stream().filter(z -> z.inStudyArea()).count(),
            destinations.size(),
            destinations.categories(),
            serviceDate,
            from,
            to));
    return new Prepared(network, zones, destinations, request, parameters(request), extraInputs());
  }

  /** Progress of an analysis as a line per stage and a bar per stage's origins. */
  static AccessibilityAnalysis.Progress progress() {
    ProgressBar[] bar = new ProgressBar[1];
    return new AccessibilityAnalysis.Progress() {
      @Override
      public void stage(String description, int originCount) {
        Progress.say(description);
        bar[0] = new ProgressBar("  origins", originCount);
      }

      @Override
      public void originsDone(int count) {
        bar[0].update(count);
      }

      @Override
      public void note(String line) {
        Progress.say(line);
      }
    };
  }

  private ZoneSet zones(Network network) {
    if (zonesFile != null) {
      return ZoneSetReader.fromPoints(
          PointCsvReader.read(zonesFile), populationColumn, new ImportIssues());
    }
    if (network.zones().size() == 0) {
      throw new BadInputException(
          networkFile
              + ": this network has no zones (region.yaml has no 'zones:'); give --zones CSV");
    }
    return network.zones();
  }

  private DestinationSet destinations(Network network) {
    if (destinationsFile != null) {
      return DestinationReader.read(
          List.of(new DestinationSource("csv", destinationsFile, Map.of())),
          null,
          new ImportIssues());
    }
    if (network.destinations().size() == 0) {
      throw new BadInputException(
          networkFile
              + ": this network has no destinations (region.yaml has no 'destinations:'); give --destinations CSV");
    }
    return network.destinations();
  }

  private List<Path> extraInputs() {
    List<Path> files = new ArrayList<>();
    if (zonesFile != null) {
      files.add(zonesFile);
    }
    if (destinationsFile != null) {
      files.add(destinationsFile);
    }
    return files;
  }

  private Map<String, Object> parameters(AccessibilityRequest request) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("date", request.date().toString());
    parameters.put("from", from);
    parameters.put("to", to);
    parameters.put("stepMinutes", stepMinutes);
    parameters.put("percentile", percentile);
    parameters.put("modes", request.modes().stream().map(TravelMode::label).toList());
    parameters.put("cutoffsMinutes", cutoffs);
    parameters.put("cap", cap);
    parameters.put("decay", decay);
    parameters.put("gravityCutoffMinutes", gravityCutoffMinutes);
    parameters.put("style", style);
    parameters.put("users", users == null ? Map.of() : new java.util.TreeMap<>(users));
    parameters.put("routing", request.routing());
    parameters.put(
        "communityTransport", CommunityTransportOptions.parameters(request.communityTransport()));
    return parameters;
  }

  private IndicatorSettings indicatorSettings() {
    IndicatorStyle indicatorStyle;
    try {
      indicatorStyle = IndicatorStyle.valueOf(style.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          "--style: '" + style + "' is not a style; expected engine or jts");
    }
    try {
      return new IndicatorSettings(
              cutoffs, cap, gravityCutoffMinutes, DecayFunction.parse(decay), indicatorStyle)
          .withUsers(UserGroups.parse(users));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--cutoffs/--cap/--decay/--gravity-cutoff: " + e.getMessage());
    }
  }

  private List<TravelMode> parseModes() {
    List<TravelMode> parsed = new ArrayList<>();
    for (String name : modes) {
      TravelMode mode = CliValues.mode("--modes", name);
      if (!parsed.contains(mode)) {
        parsed.add(mode);
      }
    }
    return parsed;
  }
}
