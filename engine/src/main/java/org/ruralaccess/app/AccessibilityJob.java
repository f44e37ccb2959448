package org.ruralaccess.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ruralaccess.export.GeoPackageCrs;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.settings.RoutingOverrides;

/**
 * An accessibility run (or, with a scenario, a comparison) as a user asks for it.
 *
 * @param percentile of travel time over the window's departures, 0-100
 * @param zonesFile r5r-style points ({@code id,lat,lon,population}) instead of the network's zones,
 *     or null
 * @param destinationsFile {@code id,name,category,lat,lon,weight} instead of the network's
 *     destinations, or null
 * @param scenarioFile the scenario to run (accessibility) or to compare with the baseline, or null
 * @param riders the rider groups of the rider tables; empty for none, null for the default
 * @param crsEpsg the EPSG code of an extra GeoPackage besides the WGS84 one (27700: British
 *     National Grid), or 4326 for none
 * @param questions return trips and time and day profiles, when asked
 */
public record AccessibilityJob(
    DepartureWindow window,
    int percentile,
    List<TravelMode> modes,
    IndicatorRequest indicators,
    RoutingOverrides routing,
    CommunityTransportRequest communityTransport,
    Path zonesFile,
    String populationColumn,
    Path destinationsFile,
    Path scenarioFile,
    Set<RiderGroup> riders,
    int crsEpsg,
    RuralQuestions questions) {

  /** A run without the rural questions. */
  public AccessibilityJob(
      DepartureWindow window,
      int percentile,
      List<TravelMode> modes,
      IndicatorRequest indicators,
      RoutingOverrides routing,
      CommunityTransportRequest communityTransport,
      Path zonesFile,
      String populationColumn,
      Path destinationsFile,
      Path scenarioFile,
      Set<RiderGroup> riders,
      int crsEpsg) {
    this(
        window,
        percentile,
        modes,
        indicators,
        routing,
        communityTransport,
        zonesFile,
        populationColumn,
        destinationsFile,
        scenarioFile,
        riders,
        crsEpsg,
        RuralQuestions.NONE);
  }

  public AccessibilityJob withQuestions(RuralQuestions newQuestions) {
    return new AccessibilityJob(
        window,
        percentile,
        modes,
        indicators,
        routing,
        communityTransport,
        zonesFile,
        populationColumn,
        destinationsFile,
        scenarioFile,
        riders,
        crsEpsg,
        newQuestions);
  }

  public AccessibilityJob {
    GeoPackageCrs.ofEpsg(crsEpsg); // checked before anything is read
    modes = List.copyOf(modes);
    routing = routing == null ? RoutingOverrides.NONE : routing;
    populationColumn = populationColumn == null ? "population" : populationColumn;
    riders = riders == null ? null : Set.copyOf(riders);
    questions = questions == null ? RuralQuestions.NONE : questions;
  }
}
