package org.ruralaccess.analysis.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * The indicators of a run, folded zone by zone as each zone's travel times arrive, so a run keeps
 * per zone a few numbers per category, cutoff and mode instead of the zones x destinations matrix
 * (4 bytes per zone and destination per mode: 9.7 GB per mode for England's 33,755 zones and about
 * 72,000 destinations). Every zone indicator is a function of that zone's row alone and the equity
 * tables read only the zone indicators, so the result is the same as {@link
 * AccessibilityIndicators#compute} on the whole matrix.
 *
 * <p>{@link #addZone} may be called from several threads for different zones (each zone once per
 * mode); {@link #result} after every call has returned.
 */
public final class IndicatorFold {

  private final ZoneSet zones;
  private final DestinationSet destinations;
  private final IndicatorSettings settings;
  private final List<IndicatorCategory> categories;
  private final List<TravelMode> modes = new ArrayList<>();
  private final CategoryModeAccess[][] access;

  /**
   * @param modes the modes the run routes; the tables list them in {@link
   *     IndicatorColumnNames#MODE_ORDER}
   */
  public IndicatorFold(
      ZoneSet zones,
      DestinationSet destinations,
      Collection<TravelMode> modes,
      IndicatorSettings settings) {
    this.zones = zones;
    this.destinations = destinations;
    this.settings = settings;
    for (TravelMode mode : IndicatorColumnNames.MODE_ORDER) {
      if (modes.contains(mode)) {
        this.modes.add(mode);
      }
    }
    this.categories = IndicatorCategory.of(destinations, settings.usersByCategory());
    this.access = new CategoryModeAccess[categories.size()][this.modes.size()];
    for (int c = 0; c < categories.size(); c++) {
      for (int m = 0; m < this.modes.size(); m++) {
        access[c][m] = new CategoryModeAccess(zones.size(), categories.get(c), settings);
      }
    }
  }

  /**
   * Folds in one zone's times by one mode.
   *
   * @param secondsByDestination seconds from the zone's origin to each destination, in {@link
   *     DestinationSet} order, {@link Percentiles#UNREACHED} when none within the maximum trip
   *     duration; read, never kept
   */
  public void addZone(TravelMode mode, int zone, int[] secondsByDestination) {
    int m = modes.indexOf(mode);
    if (m < 0) {
      throw new IllegalArgumentException(mode.label() + " is not a mode of this run");
    }
    if (secondsByDestination.length != destinations.size()) {
      throw new IllegalArgumentException(
          mode.label()
              + " travel times, zone row "
              + zone
              + ": "
              + secondsByDestination.length
              + " values for "
              + destinations.size()
              + " destinations");
    }
    for (int value : secondsByDestination) {
      if (value < 0) {
        throw new IllegalArgumentException(
            mode.label() + " travel times, zone row " + zone + ": negative time " + value);
      }
    }
    for (int c = 0; c < categories.size(); c++) {
      access[c][m].addZone(zone, secondsByDestination);
    }
  }

  /** The tables, once every zone of every mode is folded in. */
  public AccessibilityResult result() {
    double[][] users = new double[categories.size()][zones.size()];
    for (int c = 0; c < categories.size(); c++) {
      for (int z = 0; z < zones.size(); z++) {
        users[c][z] = categories.get(c).users(zones.zone(z));
      }
    }
    ZoneAccess zoneAccess = new ZoneAccess(categories, List.copyOf(modes), access, users);
    return new AccessibilityResult(
        ZoneIndicatorTable.build(zones, zoneAccess, settings),
        EquityTable.build(zones, zoneAccess, settings));
  }
}
