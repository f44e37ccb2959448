/**
 * Analysis zones (LSOA 2021 for Great Britain, hexagons or points elsewhere): code, name, boundary,
 * residents by Census 2021 age band ({@link org.ruralaccess.model.zone.AgeBand}), IMD decile,
 * urban/rural class and the population-weighted origin journeys start from.
 */
package org.ruralaccess.model.zone;
