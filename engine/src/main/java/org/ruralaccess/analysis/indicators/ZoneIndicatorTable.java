package org.ruralaccess.analysis.indicators;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * The {@code zone_indicators} table: one row per zone in {@link ZoneSet} order, the zone's
 * attributes, then per category its users and per mode its measures (column order in {@code
 * docs/indicators.md}).
 */
final class ZoneIndicatorTable {

  static final String NAME = "zone_indicators";
  static final String RUC21_COLUMN = "RUC21CD";
  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private ZoneIndicatorTable() {}

  static ResultTable build(ZoneSet zones, ZoneAccess access, IndicatorSettings settings) {
    boolean ruc21 = zones.zones().stream().anyMatch(zone -> zone.ruc21Class().isPresent());
    List<Column> columns = ZoneIndicatorColumns.of(access, settings, zones.areLsoas(), ruc21);
    List<Object[]> rows = new ArrayList<>(zones.size());
    List<Geometry> geometries = new ArrayList<>(zones.size());
    for (int z = 0; z < zones.size(); z++) {
      rows.add(row(zones.zone(z), z, access, settings, columns.size(), ruc21));
      geometries.add(geometry(zones.zone(z)));
    }
    return new ResultTable(NAME, columns, rows, geometries);
  }

  private static Object[] row(
      Zone zone, int z, ZoneAccess access, IndicatorSettings settings, int width, boolean ruc21) {
    int cutoffCount = settings.cutoffsMinutes().length;
    Object[] row = new Object[width];
    int i = 0;
    row[i++] = zone.code();
    row[i++] = zone.name();
    row[i++] = zone.inStudyArea() ? 1 : 0;
    row[i++] = zone.totalPopulation();
    row[i++] = zone.imdDecile() >= 1 && zone.imdDecile() <= 10 ? zone.imdDecile() : null;
    row[i++] = zone.ruralUrbanFlag();
    if (ruc21) {
      row[i++] = zone.ruc21Class().map(c -> c.code()).orElse(null);
    }
    for (int c = 0; c < access.categories().size(); c++) {
      row[i++] = access.users(c, z);
      for (int m = 0; m < access.modes().size(); m++) {
        CategoryModeAccess a = access.access(c, m);
        row[i++] = a.minMinutes(z);
        for (int r = 0; r < settings.nthNearest().length; r++) {
          row[i++] = a.nthMinutes(z, r);
        }
        for (int k = 0; k < cutoffCount; k++) {
          row[i++] = Math.min(a.count(z, k), settings.capCount());
        }
        // One origin per zone: all of its users are within the cutoff or none are (as JTS at
        // LSOA level).
        for (int k = 0; k < cutoffCount; k++) {
          row[i++] = a.within(z, k) ? 100.0 : 0.0;
        }
        for (int k = 0; k < cutoffCount; k++) {
          row[i++] = a.count(z, k);
        }
        for (int k = 0; k < cutoffCount; k++) {
          row[i++] = a.opportunities(z, k);
        }
        row[i++] = a.gravity(z);
      }
    }
    return row;
  }

  private static Geometry geometry(Zone zone) {
    if (zone.boundary() != null) {
      return zone.boundary();
    }
    return WGS84.createPoint(new Coordinate(zone.originLon(), zone.originLat()));
  }
}
