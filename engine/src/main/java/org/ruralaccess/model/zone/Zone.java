package org.ruralaccess.model.zone;

import org.locationtech.jts.geom.Geometry;

/**
 * One analysis zone (an LSOA, or a hexagon for r5r-style point sets): its code (LSOA21CD), name,
 * boundary (WGS84, may be null for point-only zones), population by age band, deprivation, and the
 * origin point journeys start from.
 *
 * @param inStudyArea false for neighbouring zones kept for their services only (BCP for Dorset)
 * @param totalPopulation usual residents (0 when unknown)
 * @param populationByAgeBand residents per {@link AgeBand} (index = ordinal); all NaN when the
 *     source has totals only (r5r's hexagons), in which case every service is weighted by the total
 * @param imdDecile IMD 2019 decile, 1 = most deprived 10%; 0 when unknown
 * @param ruralUrban "urban", "rural" or null when not classified
 * @param originMethod how the origin was found, e.g. "postcodes:37" (mean of 37 postcodes),
 *     "interior-point" (fallback, reported), "given" (from the input)
 */
public record Zone(
    String code,
    String name,
    Geometry boundary,
    boolean inStudyArea,
    double totalPopulation,
    double[] populationByAgeBand,
    int imdDecile,
    String ruralUrban,
    double originLat,
    double originLon,
    String originMethod) {

  /** Residents in {@code band}, or NaN when the source has no age bands. */
  public double population(AgeBand band) {
    return populationByAgeBand[band.ordinal()];
  }

  public boolean hasAgeBands() {
    for (double band : populationByAgeBand) {
      if (Double.isNaN(band)) {
        return false;
      }
    }
    return true;
  }
}
