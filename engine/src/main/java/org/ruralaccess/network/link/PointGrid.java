package org.ruralaccess.network.link;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A uniform grid over points (stops, origins) to find the ones near a position without scanning all
 * of them. Cell size in meters is fixed at construction; queries visit the cells overlapping the
 * search radius, callers then check the exact distance.
 */
final class PointGrid {

  private static final double METERS_PER_DEGREE_LAT = 111_320;

  private final double cellMeters;
  private final double metersPerDegreeLon;
  private final Map<Long, int[]> cells = new HashMap<>();

  PointGrid(double[] lats, double[] lons, boolean[] include, double cellMeters) {
    this.cellMeters = cellMeters;
    double meanLat = 0;
    int n = 0;
    for (int i = 0; i < lats.length; i++) {
      if (include[i]) {
        meanLat += lats[i];
        n++;
      }
    }
    meanLat = n == 0 ? 0 : meanLat / n;
    this.metersPerDegreeLon = METERS_PER_DEGREE_LAT * Math.cos(Math.toRadians(meanLat));
    Map<Long, int[]> growing = new HashMap<>();
    Map<Long, Integer> sizes = new HashMap<>();
    for (int i = 0; i < lats.length; i++) {
      if (!include[i]) {
        continue;
      }
      long key = key(cellX(lons[i]), cellY(lats[i]));
      int size = sizes.getOrDefault(key, 0);
      int[] members = growing.computeIfAbsent(key, k -> new int[4]);
      if (size == members.length) {
        members = java.util.Arrays.copyOf(members, size * 2);
        growing.put(key, members);
      }
      members[size] = i;
      sizes.put(key, size + 1);
    }
    growing.forEach(
        (key, members) -> cells.put(key, java.util.Arrays.copyOf(members, sizes.get(key))));
  }

  /** Calls {@code visitor} for every point in cells within {@code radiusMeters} (a superset). */
  void forEachNear(double lat, double lon, double radiusMeters, IntConsumer visitor) {
    int reach = (int) Math.ceil(radiusMeters / cellMeters);
    int cx = cellX(lon);
    int cy = cellY(lat);
    for (int x = cx - reach; x <= cx + reach; x++) {
      for (int y = cy - reach; y <= cy + reach; y++) {
        int[] members = cells.get(key(x, y));
        if (members != null) {
          for (int member : members) {
            visitor.accept(member);
          }
        }
      }
    }
  }

  private int cellX(double lon) {
    return (int) Math.floor(lon * metersPerDegreeLon / cellMeters);
  }

  private int cellY(double lat) {
    return (int) Math.floor(lat * METERS_PER_DEGREE_LAT / cellMeters);
  }

  private static long key(int x, int y) {
    return ((long) x << 32) ^ (y & 0xffffffffL);
  }
}
