/**
 * Transit routing: our own range-RAPTOR over a flat timetable for one service date.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>Stop</b>: an int {@code 0 .. stopCount-1}; the network layer keeps the GTFS ids.
 *   <li><b>Pattern</b>: trips with the same stop sequence and pickup/drop-off rules, sorted by
 *       departure and never overtaking (R5 and OTP split overtaking trips into separate patterns).
 *   <li><b>Footpath</b> (transfer): a walk between two different stops, duration in seconds.
 *   <li><b>Minimum transfer time</b>: extra seconds to re-board at a stop after alighting there
 *       (GTFS {@code transfers.txt} type 2 with from_stop_id = to_stop_id).
 *   <li><b>Access leg</b>: the way from the origin to a stop without transit, given by the caller.
 *   <li><b>Round</b> {@code k}: the best arrivals using at most {@code k} vehicles. Round 0 holds
 *       the access legs; {@code maxTransfers} allows {@code maxTransfers + 1} transit rounds.
 *   <li><b>Board slack</b>: seconds between arriving at a stop and the earliest departure one can
 *       board there, applied to every boarding including the first (R5's minimum board wait; OTP's
 *       board slack).
 *   <li><b>Departure window</b>: {@code [earliest, latest)} in steps, one search per step, as R5.
 *   <li>All times are int seconds since midnight of the service date; "unreached" is never a number
 *       callers see ({@link org.ruralaccess.routing.StopArrivals#isReached}).
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>{@link org.ruralaccess.routing.RaptorTimetable} is a column store built by {@link
 * org.ruralaccess.routing.RaptorTimetableBuilder}; the package knows no GTFS and no streets, and
 * imports nothing from the engine except {@code org.ruralaccess.model}. {@link
 * org.ruralaccess.routing.RangeRaptorWorker} implements RAPTOR (Delling, Pajor, Werneck,
 * "Round-Based Public Transit Routing", Transportation Science 2015 / ALENEX 2012) in its range
 * form (rRAPTOR), the way Conveyal R5's {@code FastRaptorWorker} does: departures are searched from
 * the latest to the earliest and the per-round state is kept, because an arrival reachable when
 * leaving later is reachable when leaving earlier by waiting. A departure then only improves on the
 * previous one and scans only patterns through stops whose arrival changed. On the synthetic
 * networks of {@code A06RangeEqualsFreshSearchTest} this scans about 11 times fewer patterns than a
 * fresh search per minute, with identical answers.
 *
 * <p><b>Boarding events</b> ({@link org.ruralaccess.routing.RangeMode#BOARDING_EVENTS}, the
 * default). A departure's answer can only differ from the later departure's where an earlier
 * arrival at a stop lets a trip be boarded that could not be boarded before: riding any other trip
 * reaches nothing new, because the kept state already holds what that trip reached (and an arrival
 * that was too late for the later departure's trip limit is too late for this one too). So each
 * round keeps, per stop visit (stop, pattern, position), a cursor: the earliest trip boardable from
 * the stop's arrival in the previous round, and the departure of the trip before it. A stop that
 * improved marks a pattern only when that departure is now reachable (one comparison with an array
 * read in visit order); the cursor then steps down a contiguous copy of the departures, and the
 * scan boards from the cursor. A scan rides only what is new: at a stop whose cursor holds a trip
 * no later than the one on board but did not move at this departure, that trip was boarded there at
 * a later departure and ridden on, so the ride stops being new there, and the scan ends after the
 * last stop marked now (Porto Alegre: stop visits 517 M to 294 M, {@code A10DepartureEventsTest}
 * derives a case by hand). At a departure minute where no access stop catches a new trip (most
 * minutes with hourly buses) no pattern is scanned at all: the access stops move one step earlier,
 * the rest of the state stays, which is exactly what a full search would find, so the listener
 * still gets every departure with its exact arrivals and changed stops, and no fill rule is needed
 * downstream (walking all the way, trip limits, flex pickup windows and board slack all stay as
 * they were). {@link org.ruralaccess.routing.RangeMode#EVERY_DEPARTURE} is the same search
 * rescanning round 1 at every departure, kept as the reference; {@code A10DepartureEventsTest}
 * (random networks, hand-derived hourly cases) and {@code DepartureEventsMatrixTest} (Porto Alegre
 * with and without flex, Newport as published and thinned to hourly: every destination, every
 * minute) check that both give the same answers. The work counters of {@link
 * org.ruralaccess.routing.RaptorWork} on the 1,133 Porto Alegre origins with walk access,
 * 14:00-16:00 ({@code RangeWorkCounts}): pattern scans 33.2 M to 15.6 M, stop visits 1,200 M to 520
 * M, footpath relaxations unchanged (539 M, now the largest count); rounds run at 90 % of departure
 * minutes (frequent buses). Newport 07:00-10:00: scans 762 k to 120 k (6.4x), rounds at 42 % of
 * minutes; thinned to hourly: 706 k to 103 k. See docs/performance.md.
 *
 * <p>Each round {@code k}: (1) copy to round {@code k} the stops written in this departure (so
 * round {@code k} never is worse than {@code k-1}; only those stops, not every stop); (2) scan each
 * pattern through a stop improved in round {@code k-1}, from the first such stop, boarding the
 * earliest trip departing at or after {@code ready + boardSlack}, where {@code ready} is the walk
 * arrival, or the transit arrival plus the stop's minimum transfer time; (3) relax one footpath
 * from each stop improved by transit in this round. Transit and walk arrivals are kept apart per
 * round so that a footpath never follows a footpath (as R5 and OTP) and the minimum transfer time
 * only applies to re-boarding at the stop of alighting. No footpaths follow the access leg: the
 * access search already walked. A footpath arrival no earlier than the same round's transit arrival
 * at its stop plus the minimum transfer time is not kept: it would board nothing earlier and is no
 * earlier for callers (about 30 % of footpath improvements on Porto Alegre). A pattern is never
 * marked from its last stop. The best arrivals callers see are derived once per departure from the
 * last round (never worse than any earlier one) at the stops written in it, not at each
 * improvement.
 *
 * <p>Results stream to a {@link org.ruralaccess.routing.RaptorListener} per departure, with the
 * stops whose arrival changed since the later departure, so callers can propagate only those (R5
 * measured ~7 ms versus ~1.7 ms per origin-window for this, see DESIGN.md). Arrive-by is answered
 * by the caller from this stream. A max trip duration discards arrivals after departure + limit; in
 * range mode arrivals kept from a later departure that are now too late show as unreached and are
 * reported as changed.
 *
 * <p>Correctness is checked against OpenTripPlanner's raptor (test scope, {@code
 * routing.oracle.OtpRaptorOracle}) on random networks: every stop, every departure minute.
 *
 * <p>{@link org.ruralaccess.routing.ReverseRangeRaptorWorker} is the arrive-by mirror: from egress
 * legs and a window of deadlines (earliest first, state kept), the latest time one can be at every
 * stop and still arrive by each deadline, for catchments ("from where can one reach the hospital by
 * 10:00") in one search instead of one per origin. It mirrors this worker's rules exactly (board
 * slack before every boarding, minimum transfer time only when re-boarding where one alighted, one
 * footpath between vehicles or before the egress, none after the access) and is checked against the
 * forward worker on random networks ({@code ReverseRaptorDifferentialTest}).
 */
package org.ruralaccess.routing;
