/**
 * Scenarios: planners' "what if" changes to the transit network, read from YAML and applied to a
 * copy of the baseline.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>scenario</b>: a name, a description and an ordered list of modifications (file format
 *       and examples in docs/scenarios.md).
 *   <li><b>modification</b>: one change: add a route; remove routes, trips or stops; change a
 *       route's headway in a band, its days of operation, its running speed or dwell times; add
 *       stops to a route; add, remove or change a community transport scheme (days, hours, booking,
 *       eligibility, vehicle time, area).
 *   <li><b>baseline</b>: the network as built from the region's feeds; never changed.
 *   <li><b>band</b>: first departures from {@code from} (included) to {@code to} (excluded).
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>As in R5's {@code Modification}: {@link org.ruralaccess.scenario.ScenarioReader} checks each
 * field and reports all problems with their lines; {@link org.ruralaccess.scenario.ScenarioApplier}
 * then resolves every modification against the baseline (unknown route, stop, trip or service ids,
 * days that never occur), again collecting every error before anything changes; only a clean
 * scenario is applied, modification by modification in file order, to a {@link
 * org.ruralaccess.network.transit.TransitEditor} working copy, which builds a new network with the
 * baseline's sorting rules. So the same scenario on the same baseline always gives the same bytes.
 * Ids are resolved against the baseline: a modification can not refer to a route or stop that an
 * earlier modification of the same scenario adds. Scheme modifications work the same way on the
 * network's immutable {@link org.ruralaccess.model.community.CommunityTransport}, each returning a
 * new one; an inline scheme is read by the scheme-file reader, so it is checked the same way.
 */
package org.ruralaccess.scenario;
