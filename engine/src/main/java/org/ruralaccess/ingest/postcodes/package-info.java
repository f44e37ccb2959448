/** Postcode centroids from OS Code-Point Open, converted from British National Grid to WGS84. */
package org.ruralaccess.ingest.postcodes;
