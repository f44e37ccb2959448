/**
 * The network build, the only part of the network layer that reads sources: {@link
 * org.ruralaccess.network.build.NetworkBuilder} reads the region's GTFS feeds (into {@code
 * model.transit} rows, then column stores), community transport (placing scheme stops named by GTFS
 * id: {@link org.ruralaccess.network.build.SchemeStopResolver}), the OSM streets, links stops and
 * precomputes walking transfers, reads zones and destinations ({@link
 * org.ruralaccess.network.build.RegionDataLoader}), checksums every input, and collects every data
 * problem into the {@link org.ruralaccess.network.build.BuildReport}.
 */
package org.ruralaccess.network.build;
