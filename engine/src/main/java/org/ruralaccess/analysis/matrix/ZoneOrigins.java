package org.ruralaccess.analysis.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ruralaccess.model.point.PointSet;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/** The zones' origin points (population-weighted where known), ids the zone codes. */
public final class ZoneOrigins {

  private ZoneOrigins() {}

  public static PointSet of(ZoneSet zones) {
    List<String> ids = new ArrayList<>();
    double[] lats = new double[zones.size()];
    double[] lons = new double[zones.size()];
    for (int z = 0; z < zones.size(); z++) {
      Zone zone = zones.zone(z);
      ids.add(zone.code());
      lats[z] = zone.originLat();
      lons[z] = zone.originLon();
    }
    return new PointSet("zone origins", ids, lats, lons, Map.of());
  }
}
