/**
 * Community transport inside the transit searches of {@code analysis.matrix}.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>usable scheme</b>: runs on the request's date, admits the rider group, and can be booked
 *       under the request's booking assumption ({@link
 *       org.ruralaccess.analysis.community.FlexServices#active}).
 *   <li><b>hub</b>: where a flex ride meets scheduled transit: a transit stop in or near the
 *       service area, or a timed or location-group stop of the scheme ({@link
 *       org.ruralaccess.analysis.community.FlexHub}).
 *   <li><b>flex access / egress / direct</b>: a ride from home to a hub, from a hub to a
 *       destination in the area, or door to door; in-vehicle time is factor x car time + offset,
 *       within the scheme's windows.
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>Per request, {@link org.ruralaccess.analysis.community.FlexServices} prepares the usable
 * on-demand services, their hubs and the rides from each hub to the destinations of its area (the
 * egress, computed once, not per origin; for several rider groups, {@code FlexServices.forSets}
 * prepares each scheme once for all of them). Per origin, {@link
 * org.ruralaccess.analysis.community.FlexOriginLegs} finds the rides from home (one car search per
 * origin inside an area, shared by the rider groups) as timed access legs for the range-RAPTOR and
 * direct rides. Every flex car search grows only until it reaches the destinations and hubs it
 * serves ({@link org.ruralaccess.analysis.community.CarSearches}), with the answers of the search
 * to the scheme's longest ride. Fixed-route community buses are not legs: {@link
 * org.ruralaccess.analysis.community.CommunityBuses} adds them to the day's timetable as ordinary
 * routes for the requests that may use them.
 *
 * <p>The rides on from hubs are the hottest loop of a community transport run (a range search
 * reaches most hubs a minute earlier at each earlier departure): {@link
 * org.ruralaccess.analysis.community.HubEgress} packs them per booking window, shortest first, and
 * skips exactly the windows that cannot lower an arrival (over, unchanged since the hub's last
 * follow, or covered by a nearby hub followed earlier); {@link
 * org.ruralaccess.analysis.community.HubArrivals} lets a range search follow each hub reached
 * earlier once per departure, earliest first.
 *
 * <p>Arrive-by searches (catchments of {@code analysis.isochrone}) read the same services
 * backwards: {@link org.ruralaccess.analysis.community.FlexDestinationLegs} (per destination, one
 * reverse car search: rides from hubs into it, as egress legs of a reverse search, and from the
 * area's points straight to it) and {@link org.ruralaccess.analysis.community.FlexHubRides} (once
 * per request, one reverse car search per hub: rides from the area's points to the hubs, then on by
 * transit).
 */
package org.ruralaccess.analysis.community;
