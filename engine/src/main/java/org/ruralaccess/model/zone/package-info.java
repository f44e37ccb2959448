/**
 * Analysis zones (LSOA 2021 for Great Britain, hexagons or points elsewhere): code, name, boundary,
 * residents by Census 2021 age band ({@link org.ruralaccess.model.zone.AgeBand}, from one of the
 * {@link org.ruralaccess.model.zone.AgeTable}s), IMD decile, urban/rural class (plain, or the ONS
 * 2021 {@link org.ruralaccess.model.zone.Ruc21Class}) and the population-weighted origin journeys
 * start from. User groups are {@link org.ruralaccess.model.zone.AgeRange}s, counted with the bands
 * of the zone's table that stand in for them.
 */
package org.ruralaccess.model.zone;
