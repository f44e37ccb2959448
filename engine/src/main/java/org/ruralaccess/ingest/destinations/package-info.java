/**
 * Destinations by category (schools, colleges, GPs, hospitals, jobs, food stores, town centres)
 * from the published files (GIAS, NHS ODS epraccur) and a generic CSV.
 */
package org.ruralaccess.ingest.destinations;
