/**
 * Result tables handed to the writers: named columns with types, rows, and an optional geometry per
 * row, so one table becomes CSV, GeoJSON and a GeoPackage layer alike.
 */
package org.ruralaccess.analysis.table;
