/**
 * Community transport inputs: GTFS-Flex v2 feeds and planner-written scheme files, read into one
 * validated model.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>Scheme</b>: one service a rider can use. From a scheme file: a dial-a-ride zone, a
 *       volunteer car scheme, or a fixed-route community bus. From GTFS-Flex: one flex trip, either
 *       on demand between zones / location groups ({@code FLEX_ZONE}) or a route deviation mixing
 *       timed stops with zones ({@code FLEX_DEVIATED}). Ids are namespaced {@code
 *       <feedId>:<trip_id>} or {@code <file id>:<scheme id>}.
 *   <li><b>Service area</b>: a JTS Polygon or MultiPolygon (WGS84, x = lon) with its source id: a
 *       GTFS-Flex location, an LSOA code, or {@code <scheme>#area} for an inline polygon.
 *   <li><b>Fixed stop</b>: a stop with times (fixed route, deviated trip ends) or without (a stop
 *       of a location group, served within the window; {@link
 *       org.ruralaccess.model.community.FixedStop#NO_TIME}). A scheme-file stop given by GTFS stop
 *       id has NaN coordinates until resolved against a feed.
 *   <li><b>Operating days</b>: GTFS calendar semantics (weekdays in a date range, plus added and
 *       minus removed dates).
 *   <li><b>Time window</b>: pickup/drop-off window, seconds since midnight of the service day.
 *   <li><b>Booking rule</b>: NONE (turn up or real time), SAME_DAY (minimum notice minutes),
 *       PRIOR_DAYS (days before, latest time that day), as GTFS booking_type 0/1/2.
 *   <li><b>Eligibility</b>: the rider groups admitted (EVERYONE, AGE_60_PLUS, DISABLED,
 *       REGISTERED_MEMBERS). GTFS has no eligibility, so flex trips admit everyone.
 *   <li><b>Vehicle time</b>: in-vehicle time = factor x car time + offset (GTFS-Flex
 *       safe_duration_*, else mean_duration_*; offsets there are minutes, here seconds).
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>Both readers end in the same immutable records, so routing and analysis never know which
 * format a scheme came from. {@link org.ruralaccess.ingest.community.FlexFeedReader} uses
 * OneBusAway GTFS for everything it reads correctly (location groups, booking rules, flex stop_time
 * columns, calendars) and reads by hand only what it does not give in the form we need:
 * locations.geojson into JTS (OneBusAway gives org.geojson objects) and the stop_times header, to
 * report CobbLinc's non-standard {@code dropoff_booking_rule_id}. Flex trips OTP and R5 cannot
 * route (no window; more than two zone stop_times) are skipped with an {@code ImportIssue}, not
 * guessed at. {@link org.ruralaccess.ingest.community.SchemeFileReader} reads YAML through the
 * region package's YamlDocument and ConfigErrors, so every mistake in a scheme file is reported at
 * once with its line. {@link org.ruralaccess.model.community.CommunityTransport} sorts schemes by
 * id for deterministic output.
 */
package org.ruralaccess.ingest.community;
