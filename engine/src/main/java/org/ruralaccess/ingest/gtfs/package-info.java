/**
 * Reading GTFS feeds (OneBusAway GTFS 14.x) into a read-only source model.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>feed id</b>: a short name given per feed; every GTFS id is namespaced with it ({@code
 *       feedId:stop_id}) so several feeds merge without clashes.
 *   <li><b>unusable input</b>: a missing path, a corrupt zip, a missing required file (agency,
 *       stops, routes, trips, stop_times, and calendar or calendar_dates), a missing required
 *       column, or an impossible time ({@code 25:61:00}, letters). It stops the build with a {@link
 *       org.ruralaccess.model.BadInputException} naming file, line and field.
 *   <li><b>data problem</b>: anything a GTFS validator would flag but the build can work around; it
 *       becomes an {@link org.ruralaccess.model.issue.ImportIssue}. The reader reports duplicate
 *       ids ({@code DUPLICATE_ID}, first row kept); the network builder reports the rest.
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>{@link org.ruralaccess.ingest.gtfs.GtfsFeedReader} first checks the raw CSV itself (required
 * files, header columns, the syntax of every time), because OneBusAway accepts {@code 25:61:00} and
 * names no field for letters in a time. Then OneBusAway reads the feed, with two changes: an
 * unknown stop, route or trip reference gets a placeholder entity instead of aborting the import
 * (the builder skips the trip with a warning), and the store keeps the first of two entities with
 * the same id. Header names are trimmed (Trensurb's {@code " agency_name"}).
 *
 * <p>Line numbers: issues carry the line of the row. For stops, routes, trips and stop times the
 * store counts rows as OneBusAway hands them over (line = row + 1 for the header); the raw checks
 * count physical lines. Both are exact unless a quoted field holds a line break.
 */
package org.ruralaccess.ingest.gtfs;
