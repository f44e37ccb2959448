package org.ruralaccess.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.analysis.table.Units;
import org.ruralaccess.export.TableGeoJsonWriter;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.support.AtomicFiles;

/**
 * A network's zones as GeoJSON, for a map's background before any run is shown: code, name, study
 * area, population, IMD decile and urban/rural, with the boundary, or the origin point for zones
 * without one (r5r's hexagon centres), as the indicator tables draw them.
 */
public final class ZoneLayer {

  static final List<Column> COLUMNS =
      List.of(
          Column.text("zone_code", "zone code"),
          Column.text("zone_name", "zone name"),
          Column.integer("in_study_area", Units.FLAG, "1 for a zone of the study area"),
          Column.decimal("population", Units.PEOPLE, "usual residents"),
          Column.integer("imd_decile", Units.DECILE, "IMD 2019 decile; empty when unknown"),
          Column.text("rural_urban", "urban or rural"));

  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private ZoneLayer() {}

  /** The GeoJSON FeatureCollection, one feature per zone in the network's order. */
  public static byte[] geoJson(LoadedNetwork loaded) {
    List<Object[]> rows = new ArrayList<>();
    List<Geometry> geometries = new ArrayList<>();
    for (Zone zone : loaded.network().zones().zones()) {
      rows.add(
          new Object[] {
            zone.code(),
            zone.name(),
            zone.inStudyArea() ? 1 : 0,
            zone.totalPopulation(),
            zone.imdDecile() == 0 ? null : zone.imdDecile(),
            zone.ruralUrban()
          });
      geometries.add(
          zone.boundary() != null
              ? zone.boundary()
              : WGS84.createPoint(new Coordinate(zone.originLon(), zone.originLat())));
    }
    ResultTable table = new ResultTable("zones", COLUMNS, rows, geometries);
    Path temporary = null;
    try {
      // the one GeoJSON writer writes files; a network's zones are written once per start
      temporary = Files.createTempFile("rae-zones", ".geojson");
      TableGeoJsonWriter.write(table, temporary);
      return Files.readAllBytes(temporary);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the zones' GeoJSON", e);
    } finally {
      AtomicFiles.deleteQuietly(temporary);
    }
  }
}
