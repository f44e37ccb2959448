/**
 * Travel-time matrices: from every origin to every destination at every departure of a window.
 *
 * <h2>How a request flows</h2>
 *
 * <ol>
 *   <li>{@link org.ruralaccess.analysis.matrix.TravelTimeMatrix} links origins and destinations to
 *       the streets for the mode (network.link's {@code LinkedPoints}) and, for transit, prepares
 *       what every origin shares: the day's timetable ({@code network.DayTimetables}, with the
 *       community buses the rider may use added), the egress walks from stops to destinations
 *       ({@link org.ruralaccess.analysis.matrix.EgressTable}, one reverse search per destination)
 *       and the flex services ({@code analysis.community}).
 *   <li>Per origin, on all cores, results delivered in origin order: {@link
 *       org.ruralaccess.analysis.matrix.TransitOriginSearch} walks once from the origin (access
 *       legs and the walk-all-the-way times: {@link org.ruralaccess.analysis.matrix.AccessLegs}),
 *       runs one range-RAPTOR over the window ({@code routing}), and pushes each minute's changed
 *       stops to the destinations. Walking all the way, and walking through an access stop without
 *       riding, take the same time at every departure: {@link
 *       org.ruralaccess.analysis.matrix.DirectWalks} adds them once per origin, and the minutes
 *       skip the access legs' own arrivals. {@link
 *       org.ruralaccess.analysis.matrix.StreetOriginSearch} answers walk, bike and car with one
 *       street search.
 *   <li>{@link org.ruralaccess.analysis.matrix.Percentiles} per destination over the minutes
 *       (nearest rank), or the latest departure arriving by a deadline.
 * </ol>
 *
 * <p>Recomputing only what can change: {@link org.ruralaccess.analysis.matrix.ScenarioFootprint}
 * compares two day networks as the search sees them (a scenario's against the baseline's, or one
 * rider's community transport against another's) and gives the stops where they differ; a run
 * carrying a {@link org.ruralaccess.analysis.matrix.StopWatch} notes the stops each origin's search
 * reaches, and only the origins reaching one of the changed stops (and the origins near a changed
 * stop or scheme) are run again; one watched run serves any number of scenarios.
 *
 * <p>Several rider groups at once: {@link org.ruralaccess.analysis.matrix.SchemeSetsMatrix} routes
 * the transit times of several sets of usable community transport schemes in one pass. The sets
 * differ only in their flex legs, so {@link org.ruralaccess.analysis.matrix.SchemeSetsOriginSearch}
 * walks once per origin and runs one range-RAPTOR per group of sets whose rides from home (the
 * timed access legs) are equal, then follows each scheme's rides on from stops once and each set's
 * rides from home per set; destinations no ride of a set serves take the group's times.
 */
package org.ruralaccess.analysis.matrix;
