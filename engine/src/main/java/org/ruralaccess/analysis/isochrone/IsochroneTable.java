package org.ruralaccess.analysis.isochrone;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.analysis.table.Units;

/**
 * Isochrones as features for the writers: one row per place and cutoff (places in the order given,
 * cutoffs increasing), geometry the WGS84 polygon (none when nothing is reached), and the
 * properties of issue 13:
 *
 * <ul>
 *   <li>{@code id}, {@code name}: the zone code and name, the destination's id and name, or for a
 *       point {@code lat,lon} with 6 decimals and no name;
 *   <li>{@code role}: {@code origin} (isochrone) or {@code destination} (arrive-by catchment);
 *   <li>{@code mode}, {@code cutoff_minutes}, {@code date}, {@code window} ({@code 14:00-16:00} or
 *       {@code arrive by 09:00}), {@code percentile} (transit; empty for street modes, whose times
 *       do not vary by minute);
 *   <li>{@code area_km2} in the metric projection; {@code residents} (whole people) and {@code
 *       residents_method} ({@link IsochroneFigures}); {@code destinations_<category>}: destinations
 *       of each category of the network inside the polygon.
 * </ul>
 */
public final class IsochroneTable {

  /** The request's labels, the same on every row. */
  public record Labels(String mode, String date, String window, Integer percentile) {}

  private IsochroneTable() {}

  public static ResultTable of(
      String layerName,
      List<IsochroneAnalysis.PlaceIsochrones> results,
      boolean arriveBy,
      Labels labels,
      List<String> categories) {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                Column.text("id", "the origin's (or destination's) id: zone code, destination id"),
                Column.text("name", "the origin's (or destination's) name"),
                Column.text("role", "origin (isochrone) or destination (catchment)"),
                Column.text("mode", "transit, walk, bike or car"),
                Column.integer("cutoff_minutes", Units.MINUTES, "the polygon's travel time limit"),
                Column.text("date", "the service date searched (YYYY-MM-DD)"),
                Column.text("window", "departure window HH:MM-HH:MM, or arrive by HH:MM"),
                Column.integer(
                    "percentile", "percentile", "percentile of the window's minutes (transit)"),
                Column.decimal("area_km2", "km2", "the polygon's area in the metric projection"),
                Column.integer("residents", Units.PEOPLE, "residents inside the polygon"),
                Column.text(
                    "residents_method", "how residents were counted (docs/isochrones.md)")));
    for (String category : categories) {
      columns.add(
          Column.integer(
              "destinations_" + category,
              Units.COUNT,
              category + " destinations inside the polygon"));
    }
    List<Object[]> rows = new ArrayList<>();
    List<Geometry> geometries = new ArrayList<>();
    for (IsochroneAnalysis.PlaceIsochrones result : results) {
      for (int i = 0; i < result.isochrones().size(); i++) {
        Isochrone isochrone = result.isochrones().get(i);
        IsochroneFigures.Figures figures = result.figures().get(i);
        Object[] row = new Object[columns.size()];
        row[0] = result.place().id();
        row[1] = result.place().name();
        row[2] = arriveBy ? "destination" : "origin";
        row[3] = labels.mode();
        row[4] = isochrone.cutoffMinutes();
        row[5] = labels.date();
        row[6] = labels.window();
        row[7] = labels.percentile();
        row[8] = figures.areaKm2();
        row[9] = Math.round(figures.residents());
        row[10] = figures.residentsMethod();
        for (int c = 0; c < categories.size(); c++) {
          row[11 + c] = figures.destinationsByCategory().getOrDefault(categories.get(c), 0);
        }
        rows.add(row);
        geometries.add(isochrone.wgs84().isEmpty() ? null : isochrone.wgs84());
      }
    }
    return new ResultTable(layerName, List.copyOf(columns), rows, geometries);
  }
}
