/**
 * Destinations by category (schools, colleges, GPs, hospitals, jobs, food stores, town centres)
 * from the published files (GIAS, NHS ODS epraccur, the acute stroke unit list), a generic CSV and
 * r5r-style opportunity point sets.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>Destination</b>: a place with a category key ({@link
 *       org.ruralaccess.model.destination.DestinationCategory#key()}), the source's id (GIAS URN,
 *       ODS code, hospital postcode, the user's id), a WGS84 position and a weight (1 for a
 *       service; a count for opportunities such as jobs).
 *   <li><b>Source</b>: one entry of region.yaml's {@code destinations:} list ({@link
 *       org.ruralaccess.ingest.destinations.DestinationSource}): a format, a file and options.
 *   <li><b>Geocoding</b>: a position from the row's postcode via Code-Point Open ({@code
 *       PostcodeIndex}); used by epraccur (which has no coordinates) and by rows of the other
 *       formats that lack coordinates.
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>{@link org.ruralaccess.ingest.destinations.DestinationReader} is the one entry point: it
 * dispatches each source to a small reader per format, then checks the union (invalid positions, a
 * repeated id within a category) and sorts by category key then id, so the output is the same bytes
 * every run. Published national files are never the user's fault: their bad rows (broken quoting,
 * no position, postcodes not in the index) become {@code ImportIssue}s, one per file and problem
 * with the count and up to five examples, and the read goes on. The generic CSV is the user's own
 * file: a bad number or an unknown category stops the read with a {@code BadInputException} naming
 * file, line and field (all unknown categories at once). Destinations outside every zone are
 * checked by the caller, which holds the zones.
 *
 * <p>Which GIAS establishments count (state-funded mainstream, as the DfT Journey Time Statistics)
 * is documented in {@code GiasClassification}. Files are read by {@code support.CsvReader} in UTF-8
 * or Windows-1252 ({@link org.ruralaccess.ingest.destinations.DestinationFiles}). Speed: the whole
 * England GIAS extract (27,153 rows, 5.5 MB) reads in about 0.45 s on the shared 2-core machine, of
 * which about 0.25 s is re-reading for its 12 lines with broken quoting (see docs/csv-inputs.md);
 * without them about 0.1-0.2 s.
 */
package org.ruralaccess.ingest.destinations;
