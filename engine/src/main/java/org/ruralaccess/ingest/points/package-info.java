/**
 * Origin and destination points from CSV ({@code id,lat,lon} plus optional numeric columns such as
 * opportunity counts), as r5r reads its point sets.
 */
package org.ruralaccess.ingest.points;
