package org.ruralaccess.analysis.accessibility;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.ruralaccess.analysis.matrix.DestinationPlaces;
import org.ruralaccess.analysis.matrix.TravelTimeMatrix;
import org.ruralaccess.analysis.matrix.ZoneOrigins;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.link.LinkedPoints;
import org.ruralaccess.network.street.StreetNetwork;

/**
 * The zone origins and destinations an accessibility run cannot place on the street network, per
 * mode: further than {@link LinkedPoints#MAX_SNAP_METERS} from any street the mode uses (walking
 * streets for transit), so the matrix routes nothing from or to them. The indicators count them as
 * they are routed (an unplaced origin reaches nothing by that mode, an unplaced destination is
 * reached from no zone); this record is the flag that says so: the console warning, the counts in
 * {@code run.json} and the {@code unplaced} table. The linking is the matrix's own ({@link
 * LinkedPoints} with the mode's street mode), so the two always agree.
 *
 * @param zoneOrigins per mode, the indices of the zones whose origin is not placed, ascending
 * @param destinations per mode, the indices of the destinations not placed, ascending
 */
public record StreetPlacement(
    List<TravelMode> modes,
    Map<TravelMode, int[]> zoneOrigins,
    Map<TravelMode, int[]> destinations) {

  public static final String TABLE = "unplaced";

  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private static final List<Column> COLUMNS =
      List.of(
          Column.text("kind", "zone_origin (a zone's origin point) or destination"),
          Column.text("id", "the zone code or the destination id"),
          Column.text("name", "the zone or destination name"),
          Column.text("category", "the destination's category; empty for a zone origin"),
          Column.text(
              "mode",
              "the mode that cannot use the point: no street of that mode (walking streets for"
                  + " transit) within 1,600 m"),
          // text with 6 decimals (0.1 m): decimal columns are rounded to 2 for the indicators
          Column.text("lat", "latitude of the point, WGS84 degrees"),
          Column.text("lon", "longitude of the point, WGS84 degrees"));

  /** Links every zone origin and every destination for each of {@code modes}. */
  public static StreetPlacement find(
      StreetNetwork streets, ZoneSet zones, DestinationSet destinations, List<TravelMode> modes) {
    PointSet origins = ZoneOrigins.of(zones);
    DestinationPlaces places = DestinationPlaces.of(destinations);
    Map<TravelMode, int[]> unplacedOrigins = new EnumMap<>(TravelMode.class);
    Map<TravelMode, int[]> unplacedDestinations = new EnumMap<>(TravelMode.class);
    for (TravelMode mode : modes) {
      var streetMode = TravelTimeMatrix.streetMode(mode);
      LinkedPoints linkedOrigins = LinkedPoints.link(origins, streets, streetMode);
      LinkedPoints linkedPlaces = LinkedPoints.link(places.points(), streets, streetMode);
      unplacedOrigins.put(
          mode,
          IntStream.range(0, origins.size()).filter(z -> linkedOrigins.snap(z) == null).toArray());
      unplacedDestinations.put(
          mode,
          IntStream.range(0, destinations.size())
              .filter(d -> linkedPlaces.snap(places.placeOf(d)) == null)
              .toArray());
    }
    return new StreetPlacement(List.copyOf(modes), unplacedOrigins, unplacedDestinations);
  }

  /** Whether every zone origin and destination is placed for every mode. */
  public boolean complete() {
    return modes.stream()
        .allMatch(m -> zoneOrigins.get(m).length == 0 && destinations.get(m).length == 0);
  }

  /**
   * For run.json: per mode (by label) the number of zone origins and of destinations not placed,
   * zeros included, so a run with none says so.
   */
  public Map<String, Object> counts() {
    Map<String, Object> byMode = new LinkedHashMap<>();
    for (TravelMode mode : modes) {
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put("zoneOrigins", zoneOrigins.get(mode).length);
      counts.put("destinations", destinations.get(mode).length);
      byMode.put(mode.label(), counts);
    }
    return byMode;
  }

  /**
   * One warning line per mode with anything unplaced, naming the first few ids; empty when
   * complete.
   */
  public List<String> warnings(ZoneSet zones, DestinationSet destinationSet) {
    List<String> lines = new ArrayList<>();
    for (TravelMode mode : modes) {
      int[] origins = zoneOrigins.get(mode);
      int[] places = destinations.get(mode);
      if (origins.length == 0 && places.length == 0) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      for (int z : origins) {
        ids.add("zone " + zones.zone(z).code());
      }
      for (int d : places) {
        Destination destination = destinationSet.destination(d);
        ids.add(destination.category() + " " + destination.id());
      }
      String shown =
          String.join(", ", ids.subList(0, Math.min(3, ids.size())))
              + (ids.size() > 3 ? ", ..." : "");
      lines.add(
          String.format(
              "warning: %s: %d zone origins and %d destinations are more than 1,600 m from any"
                  + " street it can use (%s): an unplaced zone reaches nothing by %s and an"
                  + " unplaced destination is counted as reached from no zone; listed in %s.csv",
              mode.label(), origins.length, places.length, shown, mode.label(), TABLE));
    }
    return lines;
  }

  /**
   * The {@code unplaced} table: a row per point and mode, zone origins first (zone order), then
   * destinations (destination order), modes in the run's order; a point geometry each, so the layer
   * shows where they are.
   */
  public ResultTable table(ZoneSet zones, DestinationSet destinationSet) {
    List<Object[]> rows = new ArrayList<>();
    List<Geometry> geometries = new ArrayList<>();
    for (int z = 0; z < zones.size(); z++) {
      for (TravelMode mode : modes) {
        if (contains(zoneOrigins.get(mode), z)) {
          Zone zone = zones.zone(z);
          rows.add(
              row(
                  "zone_origin",
                  zone.code(),
                  zone.name(),
                  null,
                  mode,
                  zone.originLat(),
                  zone.originLon()));
          geometries.add(point(zone.originLat(), zone.originLon()));
        }
      }
    }
    for (int d = 0; d < destinationSet.size(); d++) {
      for (TravelMode mode : modes) {
        if (contains(destinations.get(mode), d)) {
          Destination destination = destinationSet.destination(d);
          rows.add(
              row(
                  "destination",
                  destination.id(),
                  destination.name(),
                  destination.category(),
                  mode,
                  destination.lat(),
                  destination.lon()));
          geometries.add(point(destination.lat(), destination.lon()));
        }
      }
    }
    return new ResultTable(TABLE, COLUMNS, rows, geometries);
  }

  private static Object[] row(
      String kind,
      String id,
      String name,
      String category,
      TravelMode mode,
      double lat,
      double lon) {
    return new Object[] {kind, id, name, category, mode.label(), degrees(lat), degrees(lon)};
  }

  private static String degrees(double value) {
    return java.math.BigDecimal.valueOf(value)
        .setScale(6, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static boolean contains(int[] sorted, int value) {
    return java.util.Arrays.binarySearch(sorted, value) >= 0;
  }

  private static Geometry point(double lat, double lon) {
    return WGS84.createPoint(new Coordinate(lon, lat));
  }
}
