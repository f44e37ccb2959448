package org.ruralaccess.ingest.region;

import java.nio.file.Path;
import org.ruralaccess.ingest.zones.ZoneInputs;

/**
 * Where a region's zones come from: LSOA-style boundaries with population, deprivation and
 * postcodes ({@code boundaries} set), or an r5r-style point set whose points are the zones ({@code
 * points} set, e.g. Porto Alegre's hexagon centres). Exactly one is set.
 */
public record ZonesConfig(ZoneInputs boundaries, Path points, String populationColumn) {

  public boolean fromPoints() {
    return points != null;
  }
}
