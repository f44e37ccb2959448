package org.ruralaccess.ingest.zones;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What region.yaml's {@code zones:} section names, with paths already resolved.
 *
 * @param boundaries GeoJSON FeatureCollections, WGS84 (CRS84), Polygon or MultiPolygon features
 * @param codeProperty the feature property holding the zone code, e.g. {@code LSOA21CD}
 * @param nameProperty e.g. {@code LSOA21NM}; null uses the code as the name
 * @param studyAreaProperty e.g. {@code LADCD_ACTIVE}; null puts every zone in the study area
 * @param studyAreaValues values of {@code studyAreaProperty} inside the study area, e.g. {@code
 *     E06000059}
 * @param population Census 2021 usual residents by age per zone (six bands, or TS007A's five-year
 *     bands), or null
 * @param deprivation English Indices of Deprivation 2019 per LSOA 2011, or null
 * @param deprivationLookup LSOA 2021 to LSOA 2011 lookup, or null (codes then match 1:1 only)
 * @param ruralUrban the ONS RUC 2021 table as published, or a CSV of zone code and class (urban,
 *     rural or ONS rural-urban names), or null
 * @param postcodes Code-Point Open CSVs for population-weighted origins; may be empty
 * @param centroids ONS population-weighted centroids (code, x, y in British National Grid, or lat,
 *     lon), or null; a zone found there starts its journeys at its centroid, before postcodes
 */
public record ZoneInputs(
    List<Path> boundaries,
    String codeProperty,
    String nameProperty,
    String studyAreaProperty,
    Set<String> studyAreaValues,
    Path population,
    Path deprivation,
    Path deprivationLookup,
    Path ruralUrban,
    List<Path> postcodes,
    Path centroids) {

  /** Without population-weighted centroids: origins from postcodes. */
  public ZoneInputs(
      List<Path> boundaries,
      String codeProperty,
      String nameProperty,
      String studyAreaProperty,
      Set<String> studyAreaValues,
      Path population,
      Path deprivation,
      Path deprivationLookup,
      Path ruralUrban,
      List<Path> postcodes) {
    this(
        boundaries,
        codeProperty,
        nameProperty,
        studyAreaProperty,
        studyAreaValues,
        population,
        deprivation,
        deprivationLookup,
        ruralUrban,
        postcodes,
        null);
  }

  public ZoneInputs {
    boundaries = List.copyOf(boundaries);
    studyAreaValues = studyAreaValues == null ? Set.of() : Set.copyOf(studyAreaValues);
    postcodes = postcodes == null ? List.of() : List.copyOf(postcodes);
  }
}
