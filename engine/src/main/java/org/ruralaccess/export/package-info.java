/**
 * Output writers: build reports, travel-time matrices, result tables (CSV, GeoJSON, GeoPackage) and
 * the run manifest ({@code run.json}).
 *
 * <p>Terms: a <em>result table</em> ({@code analysis.table.ResultTable}) is named columns, rows of
 * String/Integer/Long/Double values (null = no value) and optional WGS84 geometries; a
 * <em>layer</em> is one result table inside a GeoPackage; <em>no value</em> is null, NaN or
 * infinite, written empty/null, never as a sentinel number.
 *
 * <p>Design: every file is written to a temporary sibling and renamed when complete, so a failed
 * run leaves no partial output and an earlier file survives until replaced. Every writer is
 * deterministic (same table, same bytes; the GeoPackage takes its {@code last_change} from the
 * caller, never the clock). One number format ({@code CellFormat}) for all formats, so Excel and
 * QGIS show the same values. The file formats are described for users in {@code docs/outputs.md}.
 */
package org.ruralaccess.export;
