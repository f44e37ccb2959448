/**
 * Reads OpenStreetMap files into the engine's street network with GraphHopper 11, and the
 * destinations councils keep no list of (food stores, post offices, pharmacies, town centres) with
 * GraphHopper's OSM reader ({@link org.ruralaccess.ingest.osm.OsmDestinationReader}, rules in
 * {@link org.ruralaccess.ingest.osm.OsmDestinationRule}).
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>Base graph</b>: GraphHopper's imported graph: tower nodes (junctions), edges with a
 *       distance, way geometry (pillar nodes) and encoded values such as {@code car_access}.
 *   <li><b>Island</b>: a small part of the network, per mode, not connected to the rest; found by
 *       GraphHopper's subnetwork preparation and taken away from that mode.
 * </ul>
 *
 * <h2>Design</h2>
 *
 * <p>{@link org.ruralaccess.ingest.osm.OsmStreetImporter} checks the file, runs GraphHopper in a
 * temporary directory (always deleted), and copies the base graph into a {@link
 * org.ruralaccess.network.street.StreetNetwork}. GraphHopper's access rules decide which mode may
 * use which way and in which direction (one-ways, {@code oneway:bicycle}, {@code access}, {@code
 * foot=no}, ...), and its {@code car_average_speed} gives car speeds, with the engine's rural rules
 * for walking and cycling on top ({@link org.ruralaccess.ingest.osm.AccessTagRules}): private and
 * similar ways usable at the ends of a trip only, public rights of way open, gates passable unless
 * locked, ferries timed by their {@code duration} and {@code interval} or left out. Pillar nodes
 * stay as edge geometry. Turn restrictions and elevation are not imported. Unreadable files become
 * a {@link org.ruralaccess.model.BadInputException} naming the file; data problems that do not stop
 * the import become {@link org.ruralaccess.model.issue.ImportIssue}s.
 */
package org.ruralaccess.ingest.osm;
