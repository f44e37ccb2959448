package org.ruralaccess.model.point;

import java.util.List;
import java.util.Map;

/**
 * Origins or destinations: ids and WGS84 positions in file order, plus any extra numeric columns
 * (opportunity counts such as population or jobs) by column name.
 */
public record PointSet(
    String source, List<String> ids, double[] lats, double[] lons, Map<String, double[]> values) {

  public int size() {
    return ids.size();
  }

  public String id(int point) {
    return ids.get(point);
  }

  public double lat(int point) {
    return lats[point];
  }

  public double lon(int point) {
    return lons[point];
  }
}
