package org.ruralaccess.analysis.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.ruralaccess.analysis.matrix.Percentiles;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.TravelMode;
import org.ruralaccess.model.destination.Destination;
import org.ruralaccess.model.destination.DestinationSet;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * Three Dorset zones and one BCP zone, two GPs and two primary schools, with travel times written
 * out per mode. Age bands: 0-15, 16-24, 25-34, 35-49, 50-64, 65+.
 *
 * <pre>
 * zone       study decile class  bands                           total  GP users  primary users
 * E01000001  yes   1      rural  100, 50, 100, 150, 200, 400     1000   1000      100
 * E01000002  yes   1      urban  300, 200, 300, 400, 400, 400    2000   2000      300
 * E01000003  yes   10     (none) no bands                         500    500       500 (total)
 * E01000004  no    5      urban  100, 100, 100, 100, 100, 100     600    600       100
 *
 * transit seconds  G1     G2     P1     P2 (weight 2)
 * E01000001        1200   3000   -      4000
 * E01000002        600    899    900    1500
 * E01000003        -      -      -      -
 * E01000004        60     60     60     60
 *
 * car seconds      G1     G2     P1     P2
 * E01000001        300    900    600    1200
 * E01000002        120    120    120    120
 * E01000003        2700   -      -      -
 * E01000004        60     60     60     60
 * </pre>
 */
final class IndicatorFixture {

  static final int U = Percentiles.UNREACHED;
  static final GeometryFactory GEOMETRY = new GeometryFactory();

  static final int[][] TRANSIT = {
    {1200, 3000, U, 4000}, {600, 899, 900, 1500}, {U, U, U, U}, {60, 60, 60, 60}
  };
  static final int[][] CAR = {
    {300, 900, 600, 1200}, {120, 120, 120, 120}, {2700, U, U, U}, {60, 60, 60, 60}
  };

  private IndicatorFixture() {}

  static final Polygon RURAL_A_BOUNDARY =
      GEOMETRY.createPolygon(
          new Coordinate[] {
            new Coordinate(-2.5, 50.7),
            new Coordinate(-2.4, 50.7),
            new Coordinate(-2.4, 50.8),
            new Coordinate(-2.5, 50.8),
            new Coordinate(-2.5, 50.7)
          });

  static ZoneSet zones() {
    double[] noBands = new double[6];
    Arrays.fill(noBands, Double.NaN);
    return new ZoneSet(
        List.of(
            zone(
                "E01000001",
                "Rural A",
                RURAL_A_BOUNDARY,
                true,
                1000,
                new double[] {100, 50, 100, 150, 200, 400},
                1,
                "rural"),
            zone(
                "E01000002",
                "Town B",
                null,
                true,
                2000,
                new double[] {300, 200, 300, 400, 400, 400},
                1,
                "urban"),
            zone("E01000003", "Village C", null, true, 500, noBands, 10, null),
            zone(
                "E01000004",
                "BCP D",
                null,
                false,
                600,
                new double[] {100, 100, 100, 100, 100, 100},
                5,
                "urban")));
  }

  static DestinationSet destinations() {
    return new DestinationSet(
        List.of(
            new Destination("G1", "Surgery 1", "gp", 50.71, -2.45, 1),
            new Destination("G2", "Surgery 2", "gp", 50.72, -2.44, 1),
            new Destination("P1", "School 1", "primary_school", 50.73, -2.43, 1),
            new Destination("P2", "School 2", "primary_school", 50.74, -2.42, 2)));
  }

  static Map<TravelMode, int[][]> travelSeconds() {
    Map<TravelMode, int[][]> seconds = new EnumMap<>(TravelMode.class);
    seconds.put(TravelMode.TRANSIT, TRANSIT);
    seconds.put(TravelMode.CAR, CAR);
    return seconds;
  }

  private static Zone zone(
      String code,
      String name,
      Polygon boundary,
      boolean inStudyArea,
      double total,
      double[] bands,
      int decile,
      String ruralUrban) {
    // Origins 0.01 degrees apart so a point geometry can be told from another.
    double lat = 50.70 + Integer.parseInt(code.substring(8)) / 100.0;
    return new Zone(
        code, name, boundary, inStudyArea, total, bands, decile, ruralUrban, lat, -2.5, "given");
  }

  /** The cell in {@code column} of the row whose {@code keyColumn} holds {@code key}. */
  static Object cell(ResultTable table, String keyColumn, String key, String column) {
    return row(table, keyColumn, key)[columnIndex(table, column)];
  }

  static Object[] row(ResultTable table, String keyColumn, String key) {
    int keyIndex = columnIndex(table, keyColumn);
    List<Object[]> matches = new ArrayList<>();
    for (Object[] row : table.rows()) {
      if (key.equals(row[keyIndex])) {
        matches.add(row);
      }
    }
    if (matches.size() != 1) {
      throw new AssertionError(matches.size() + " rows with " + keyColumn + " = " + key);
    }
    return matches.get(0);
  }

  static int columnIndex(ResultTable table, String column) {
    int index = table.columns().indexOf(column);
    if (index < 0) {
      throw new AssertionError("no column " + column + " in " + table.columns());
    }
    return index;
  }
}
