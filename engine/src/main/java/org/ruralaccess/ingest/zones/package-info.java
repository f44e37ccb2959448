/**
 * Analysis zones (LSOAs): boundaries, population by age band, deprivation, urban/rural class and
 * the population-weighted origin of each zone.
 */
package org.ruralaccess.ingest.zones;
