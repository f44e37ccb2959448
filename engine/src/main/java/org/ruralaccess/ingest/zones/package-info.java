/**
 * Analysis zones (LSOAs): boundaries, population by age band, deprivation, urban/rural class and
 * the population-weighted origin of each zone.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>Zone</b>: an LSOA (2021 code, e.g. {@code E01020373}) or, for r5r-style point sets, one
 *       point ({@link org.ruralaccess.ingest.zones.ZoneSetReader#fromPoints}).
 *   <li><b>Study area</b>: the zones whose residents are analysed (Dorset Council, LAD {@code
 *       E06000059}); other zones (BCP, {@code E06000058}) are kept for the services in them.
 *   <li><b>Origin</b>: the point journeys from a zone start from.
 *   <li><b>LSOA 2011 parent</b>: the 2011 LSOA(s) a 2021 LSOA came from; ONS change indicator U
 *       (unchanged, same code), S (split: one parent, several children), M (merged: several
 *       parents), X (redrawn).
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>{@link org.ruralaccess.ingest.zones.ZoneSetReader} joins, by zone code, what region.yaml names
 * ({@link org.ruralaccess.ingest.zones.ZoneInputs}); each source has its own small reader. No zone
 * is ever dropped for missing data: it keeps population 0, decile 0 or no class, and one issue per
 * kind gives the count and examples.
 *
 * <ul>
 *   <li><b>Boundaries</b> ({@code GeoJsonBoundaryReader}): GeoJSON walked with Jackson into JTS
 *       (jts-core has no GeoJSON reader). Missing code, duplicate code, wrong geometry type, too
 *       short ring: {@link org.ruralaccess.model.BadInputException} naming file, feature index and
 *       code. Unclosed rings are closed, invalid polygons rebuilt with JTS {@code GeometryFixer}
 *       (not {@code buffer(0)}, which keeps one lobe of a bowtie), each with a WARNING. One real
 *       Dorset LSOA (E01020541) has a ring self-intersection; the fix leaves its area unchanged to
 *       3 significant figures.
 *   <li><b>Population</b> ({@code CensusPopulationReader}): Census 2021 usual residents in six
 *       bands, column headings = {@link org.ruralaccess.model.zone.AgeBand#censusLabel()}. Zones
 *       absent from the table: population 0, WARNING {@code ZONE_WITHOUT_POPULATION}. With no table
 *       at all the bands are NaN (weighted by total) and a WARNING says so.
 *   <li><b>Deprivation</b> ({@code DeprivationReader}): IMD 2019 is published for 2011 LSOAs.
 *       Unchanged LSOAs kept their code, so a zone found in the IoD file maps 1:1 even without a
 *       lookup. With a lookup (ONS-style rows {@code LSOA11CD,...,LSOA21CD}, several rows per
 *       merged zone): a split zone inherits its parent's decile; a merged zone takes the <i>most
 *       deprived</i> (lowest) parent decile. Chosen over a population-weighted mean because no 2011
 *       population per LSOA is available here, deciles are ordinal (a mean of 2 and 4 is not a
 *       decile 3 place), and an equity table should not average a deprived pocket away. In Dorset
 *       and BCP this touches one zone (E01034378 from E01033154 and E01033159); 24 zones are
 *       splits. Unmapped zones: decile 0, WARNING {@code ZONE_DEPRIVATION_UNMAPPED} with count and
 *       examples. The drkane {@code lsoa_latlong.csv} cannot serve as lookup: its {@code lsoa11cd}
 *       column repeats the 2021 code for all 48,424 rows, so the 25 new Dorset/BCP codes stay
 *       unmapped with it; regions/dorset/zones has a lookup derived from polygon overlap.
 *   <li><b>Rural/urban</b> ({@code RuralUrbanReader}): only from a given CSV; otherwise null ("not
 *       classified"). ONS RUC 2021 for LSOAs is not on this machine.
 *   <li><b>Origins</b> ({@code PostcodeOrigins}): the mean position of the Code-Point Open
 *       postcodes inside the zone (STRtree + prepared geometries), each postcode weighing the same
 *       (Code-Point has no household counts; non-residential postcodes are included). Mean outside
 *       the zone: the postcode nearest the mean (INFO). No postcode: the polygon's interior point,
 *       WARNING {@code ZONE_ORIGIN_INTERIOR_POINT} at that point. {@code originMethod} is {@code
 *       "postcodes:N"}, {@code "interior-point"} or, for point sets, {@code "given"}.
 * </ul>
 *
 * <p>Zones are sorted by code so that outputs are the same bytes every run.
 */
package org.ruralaccess.ingest.zones;
