/**
 * The routable street network for walking, cycling and driving, snapping points onto it, and
 * time-limited one-to-many street searches.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>Node</b>: a street junction or dead end (a GraphHopper "tower" node), numbered 0..n-1.
 *   <li><b>Edge</b>: a street piece between two nodes, with a from-node and a to-node, a length,
 *       access per {@link org.ruralaccess.network.street.StreetMode mode} and direction ({@code
 *       forward} = from-to), and a car speed per direction.
 *   <li><b>Shape points</b>: the OSM nodes between two junctions (GraphHopper "pillar" nodes). They
 *       stay geometry of their edge, not graph nodes: the search only visits junctions, which keeps
 *       it small, while snapping and positions along an edge follow the real shape.
 *   <li><b>Snap</b>: the nearest point on an edge usable by a mode; {@code fraction} is 0 at the
 *       from-node and 1 at the to-node, measured along the shape; {@code offStreetMeters} is the
 *       straight line from the original point to the street.
 *   <li><b>Forward / reverse search</b>: times from an origin, or times from every node to it
 *       (egress). They differ only on one-way streets and one-way access tags.
 *   <li><b>No-through edge</b>: an edge a mode may use only at the start or the end of a trip (OSM
 *       {@code access=private}, {@code destination}, {@code customers}, {@code delivery}); see
 *       {@link org.ruralaccess.network.street.EdgeFlags}.
 *   <li><b>Ferry</b>: an edge never snapped to; a timed ferry takes its crossing time (duration
 *       plus half the interval) for every mode; see {@link
 *       org.ruralaccess.network.street.FerryCrossings}.
 * </ul>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li><b>Lengths</b>: an edge's length is GraphHopper's edge distance, the sum of great-circle
 *       distances along its shape; the fraction of a snap uses the same segment lengths.
 *   <li><b>Off-street part</b>: the straight line from an origin or target to its snap point is
 *       walked: at the given {@code speedMetersPerSecond} for WALK and BIKE, at 4.8 km/h for CAR
 *       (as R5 does: a driver walks to the car). Both the origin's and the target's off-street
 *       parts count, and the target's part counts towards the time limit.
 *   <li><b>Starting on an edge</b>: the traveller goes from the snap point to each end the mode may
 *       go to in that direction: {@code (1 - fraction) * length} to the to-node, {@code fraction *
 *       length} to the from-node. A target on the origin's own edge is also reached directly along
 *       the edge ({@code |fraction difference| * length}) when the mode may go that way. A point
 *       snapped exactly onto an end node (fraction 0 or 1, common at corners) is at that node
 *       whatever the edge's direction, so a one-way edge cannot trap it.
 *   <li><b>Speeds</b>: WALK and BIKE use the caller's speed on every edge they may use; CAR uses
 *       the edge's GraphHopper average speed for that direction; a timed ferry takes its crossing
 *       time whatever the mode. No turn costs or restrictions, no elevation, no waiting at
 *       crossings.
 *   <li><b>No through traffic</b>: a path is no-through edges, then through edges, then no-through
 *       edges; it never leaves a no-through area it entered from the through network (as
 *       OpenTripPlanner). The search keeps three labels per node for this; see {@link
 *       org.ruralaccess.network.street.StreetRouter}. Searches whose result is a distance (stop
 *       transfers) do not cross ferries.
 *   <li><b>Rounding</b>: searches run in int milliseconds; every partial or whole edge is rounded
 *       to the nearest millisecond, and sums are rounded once to whole seconds, half up (1,499 ms
 *       is 1 s, 1,500 ms is 2 s). A node or target counts as reached when its rounded seconds are
 *       at most {@code maxDurationSeconds}.
 *   <li><b>Snapping</b>: a uniform grid of 300 m cells over edge shapes, built when the network is
 *       constructed or read (not stored); exact point-to-segment distance in an equirectangular
 *       projection centred on the query point; only edges the mode may use in at least one
 *       direction, never a ferry; no-through edges count (a home on a private lane snaps to it);
 *       ties go to the lower edge number.
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>{@link org.ruralaccess.network.street.StreetNetwork} is a column store (parallel primitive
 * arrays, immutable after {@link org.ruralaccess.network.street.StreetNetworkBuilder}), with one
 * incidence list per node in CSR form: every edge appears at both its ends with a direction bit,
 * which serves outgoing edges for forward searches and incoming edges for reverse searches. {@link
 * org.ruralaccess.network.street.StreetRouter} is Dijkstra's algorithm with a reusable primitive
 * 4-ary heap of packed (millis, node) longs and lazy deletion, touching only the nodes it reaches;
 * one router per thread. The serialized form (see {@code StreetNetworkFormat}) has a header and a
 * version and is byte-for-byte deterministic.
 */
package org.ruralaccess.network.street;
