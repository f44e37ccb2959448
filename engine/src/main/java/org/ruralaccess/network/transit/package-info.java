/**
 * The scheduled transit network as an immutable column store, built from GTFS feeds.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>pattern</b>: trips of one route with the same stop sequence and the same pickup and
 *       drop-off types; its trips are sorted by departure at the first stop and never overtake one
 *       another (a trip that would is moved to another pattern with the same stops, as in R5).
 *   <li><b>service</b>: a GTFS service_id; the days it runs are calendar.txt weekdays between its
 *       dates plus calendar_dates.txt additions minus removals, stored as sorted epoch days.
 *   <li><b>seconds</b>: every time is int seconds since midnight of the service day; values past
 *       86,400 (Newport's 31:30:00) stay on the day the trip started.
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>{@link org.ruralaccess.network.transit.TransitNetworkBuilder} turns each feed's trips into
 * timed trips ({@code FeedTripCollector}), deciding per data problem: a trip with an unknown route,
 * service or stop, fewer than two stop times, no time at either end or times going backwards is
 * skipped ({@code WARNING}); a stop more than 100 km from both neighbours is reported with its
 * location and kept (a coach may hop 100 km once, a misplaced stop is far from both sides); a used
 * stop without coordinates stops the build ({@code ERROR}). Blank intermediate times are
 * interpolated by shape_dist_traveled when every stop of the trip has it, else by distance along
 * the trip's shape (stops placed on it in order), else by straight-line distance. frequencies.txt
 * rows are expanded into timed trips {@code tripId#HH:MM:SS} for both exact_times values (R5 keeps
 * exact_times=0 as randomised frequencies instead). The time zone is the first feed's first
 * agency's; other zones give a warning.
 *
 * <p>Columns: trips are numbered in pattern order, so a pattern's trips are a contiguous range and
 * their times two flat int arrays, which a range-RAPTOR scans without indirection. Only stops used
 * by a kept trip are network stops; ids of stops, routes and services are sorted, so the same feeds
 * always give the same indexes and the same bytes from {@link
 * org.ruralaccess.network.transit.TransitNetwork#write}.
 */
package org.ruralaccess.network.transit;
