/**
 * Travel-time isochrones and arrive-by catchments: times on a regular grid built from the street
 * network, contoured into nested polygons. See docs/isochrones.md for the method in users' terms.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>Metric projection</b> ({@link org.ruralaccess.analysis.isochrone.GridProjection}):
 *       British National Grid (EPSG:27700) when the study area's centre is in Great Britain, else
 *       the WGS84 UTM zone of the centre. Output goes back to WGS84.
 *   <li><b>Cell</b> ({@link org.ruralaccess.analysis.isochrone.CellGrid}): a square of the grid, 10
 *       m to 2 km (100 m by default), with edges on whole multiples of the size in projected
 *       meters, so every run of an area shares the same cells. A cell's time is the time to its
 *       centre.
 *   <li><b>Link</b> ({@link org.ruralaccess.analysis.isochrone.CellLinks}): a cell centre snapped
 *       to the nearest street the mode may use, within the <b>off-street reach</b> (300 m or the
 *       cell size by default); the straight line from the street is walked. A cell with no street
 *       within reach is never reached: lakes, fields and estates without public streets stay holes.
 *   <li><b>Travel-time grid</b> ({@link org.ruralaccess.analysis.isochrone.TravelTimeGrid}): whole
 *       seconds per cell on a window of the grid; unreached beyond the max trip time.
 *   <li><b>Stop walks</b> ({@link org.ruralaccess.analysis.isochrone.StopCellWalks}): walking times
 *       between each stop and the cells within the walk limit, once per grid (stop to cell for
 *       isochrones, cell to stop for catchments).
 *   <li><b>Touched cell</b>: a cell some stop's arrival reached during a window; only these keep
 *       per-minute times.
 *   <li><b>Percentile</b>: nearest rank over the window's departures (or deadlines), unreached
 *       counting as infinitely long, exactly as {@code Percentiles} for the matrix.
 *   <li><b>Cutoff</b>: a travel-time limit; the <b>isochrone</b> is the area within it, the
 *       <b>band</b> the area between it and the next smaller cutoff.
 *   <li><b>Catchment</b>: the arrive-by mirror: the area from which the destination is reached by a
 *       deadline {@code T} leaving at or after {@code T - cutoff} (waiting at the destination
 *       counts, as "leave no earlier than").
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>Times, then shapes, in two separate steps with a plain grid between them (the data flow of
 * R5's travel-time surfaces, which r5r contours with isobands).
 *
 * <ol>
 *   <li>Street modes ({@link org.ruralaccess.analysis.isochrone.StreetGridSearch}): one
 *       time-limited street search, then each linked cell in the origin's reach reads the time at
 *       its snap point, the same reading {@code rae matrix} makes for a destination.
 *   <li>Transit ({@link org.ruralaccess.analysis.isochrone.TransitGridSearch}): one walk search
 *       (access legs and direct walk), one range-RAPTOR, and {@link
 *       org.ruralaccess.analysis.isochrone.TransitGridPropagator}, which takes the router's
 *       per-departure callbacks (latest first, changed stops only), pushes each changed stop's
 *       arrival through its stop walks, records each touched cell's improvements as (departure,
 *       arrival) events, and at the end rebuilds every touched cell's minutes and takes the
 *       percentile.
 *   <li>Catchments ({@link org.ruralaccess.analysis.isochrone.CatchmentGridSearch}): one reverse
 *       walk search from the destination and one reverse range-RAPTOR ({@code
 *       routing.ReverseRangeRaptorWorker}); {@link
 *       org.ruralaccess.analysis.isochrone.CatchmentPropagator} is the transit propagator on
 *       negated times.
 *   <li>Contours ({@link org.ruralaccess.analysis.isochrone.IsochroneContours}): marching squares
 *       per cutoff on "time at most cutoff" (monotone in the cutoff, so nested), bands as a
 *       polygonal coverage, Douglas-Peucker per shared coverage edge within half a cell, WGS84 with
 *       6 decimals, and each isochrone the coverage union of its bands, so nesting is exact.
 *   <li>Figures ({@link org.ruralaccess.analysis.isochrone.IsochroneFigures}): area, residents,
 *       destinations per category.
 * </ol>
 *
 * <p>Everything is deterministic: cells, links, walks and contours do not depend on thread timing
 * or hash order, and the polygons are normalised. Per-network work (links, stop walks, the day's
 * timetable) is shared between origins; searches and propagators are one per thread. {@link
 * org.ruralaccess.analysis.isochrone.IsochronePreparations} keeps that work between requests (a
 * server), each part keyed by what it depends on and bounded in number.
 */
package org.ruralaccess.analysis.isochrone;
