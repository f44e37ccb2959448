/**
 * A network's timetable for one date written back as a GTFS feed ({@code rae export-gtfs}).
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>the day's trips</b>: trips whose service runs on the date, with the times this engine
 *       routes (blank times interpolated, frequencies expanded, a scenario applied);
 *   <li><b>the previous day's trips</b>: trips of the day before still running after midnight
 *       (times past 24:00:00), which the router also runs on the date's early morning;
 *   <li><b>through run</b>: consecutive trips of one block on which riders stay seated; written as
 *       one {@code block_id} each.
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>{@link org.ruralaccess.network.DayTrips} decides which trips run (the router's rules, in the
 * network package); {@code GtfsFeedRows} turns them into the rows of each file; {@code
 * GtfsZipWriter} writes them with fixed entry dates so the same network and date give the same
 * bytes; {@link org.ruralaccess.export.gtfs.GtfsFeedWriter} ties these together and writes through
 * a temporary file. The purpose is agreement: a peer engine given this feed routes the same
 * timetable as this one (see {@code docs/validation.md}).
 */
package org.ruralaccess.export.gtfs;
