/**
 * Return trips: can a resident get to a service and home again the same day, by public transport
 * with the community transport their group may use and can book?
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>Day out</b> ({@link org.ruralaccess.analysis.returntrips.ReturnTripRule}): leave home at
 *       or after leave-after, arrive by arrive-by, stay from arrival (not before the service opens)
 *       for the stay, leave, be home by home-by. Defaults per category in {@link
 *       org.ruralaccess.analysis.returntrips.ReturnTripDefaults}.
 *   <li><b>Works</b> (feasible): some outward journey and some journey home, each within the
 *       maximum trip duration, fit the day out.
 *   <li><b>Chosen destination</b>: among those a day out works for, the one reached earliest; its
 *       <b>itinerary</b> ({@link org.ruralaccess.analysis.returntrips.Itinerary}) is the day out
 *       with the least time away from home.
 * </ul>
 *
 * <h2>Design</h2>
 *
 * Exact, not from medians: three passes over the per-minute transit times of {@code
 * analysis.matrix.MinuteMatrix} ({@link org.ruralaccess.analysis.returntrips.ReturnTripSearch}):
 * journeys home from every destination place over the return window reduced to the latest departure
 * that is home in time; journeys out from every zone over the outward window, whose earliest
 * arrival decides; journeys home again from the chosen places only, to write the day out. Both legs
 * use the same community transport request, so the rider's booking assumption applies to each.
 * Rider groups that may use the same schemes share a search ({@link
 * org.ruralaccess.analysis.returntrips.ReturnTripAnalysis}).
 */
package org.ruralaccess.analysis.returntrips;
