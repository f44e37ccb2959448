package org.ruralaccess.model.zone;

import java.util.Arrays;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One analysis zone (an LSOA, or a hexagon for r5r-style point sets): its code (LSOA21CD), name,
 * boundary (WGS84, may be null for point-only zones), population by age band, deprivation, and the
 * origin point journeys start from.
 *
 * @param inStudyArea false for neighbouring zones kept for their services only (BCP for Dorset)
 * @param totalPopulation usual residents (0 when unknown)
 * @param populationByAgeBand residents per {@link AgeBand} (index = ordinal): the bands of the
 *     region's {@link AgeTable}, NaN for the bands of the other table; all NaN when the source has
 *     totals only (r5r's hexagons), in which case every service is weighted by the total
 * @param imdDecile IMD 2019 decile, 1 = most deprived 10%; 0 when unknown
 * @param ruralUrban "urban", "rural", an ONS 2021 rural-urban code ({@link Ruc21Class}, e.g.
 *     "RSF1") or null when not classified; {@link #ruralUrbanFlag()} reads it as urban or rural
 * @param originMethod how the origin was found, e.g. "postcodes:37" (mean of 37 postcodes),
 *     "population-weighted-centroid" (ONS), "interior-point" (fallback, reported), "given" (from
 *     the input)
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

  /** A shorter array (the six bands of older callers) is padded with NaN to every band. */
  public Zone {
    if (populationByAgeBand.length < AgeBand.values().length) {
      int given = populationByAgeBand.length;
      populationByAgeBand = Arrays.copyOf(populationByAgeBand, AgeBand.values().length);
      Arrays.fill(populationByAgeBand, given, populationByAgeBand.length, Double.NaN);
    }
  }

  /** Residents in {@code band}, or NaN when the zone's table has no such band. */
  public double population(AgeBand band) {
    return populationByAgeBand[band.ordinal()];
  }

  /** The census table whose bands this zone has (the first complete one), if any. */
  public Optional<AgeTable> ageTable() {
    for (AgeTable table : AgeTable.values()) {
      boolean complete = true;
      for (AgeBand band : AgeBand.of(table)) {
        complete &= !Double.isNaN(population(band));
      }
      if (complete) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }

  public boolean hasAgeBands() {
    return ageTable().isPresent();
  }

  /** "urban", "rural" or null: the class itself, or the flag of its ONS 2021 code. */
  public String ruralUrbanFlag() {
    return ruc21Class().map(Ruc21Class::flag).orElse(ruralUrban);
  }

  /** The ONS 2021 rural-urban class, when the zone was classified with one. */
  public Optional<Ruc21Class> ruc21Class() {
    return Ruc21Class.fromCode(ruralUrban);
  }
}
