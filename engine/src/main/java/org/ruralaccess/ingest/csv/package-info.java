/** CSV line splitting shared by the readers of GTFS, points, zones and destinations. */
package org.ruralaccess.ingest.csv;
