/**
 * {@code rae fetch}: getting a region's real network inputs (a regional GTFS bus feed, an
 * OpenStreetMap extract) from their publishers and cutting the feed to the region.
 *
 * <p>Terms. <em>Study area</em>: the region's bounding box ({@code fetch.bbox}, WGS84). <em>Clip
 * area</em>: the study area grown by {@code fetch.bufferKm} on every side; residents near the edge
 * use services just beyond it. <em>Clipping</em>: keeping the trips with at least one stop in the
 * clip area, whole, and what they need (gtfs_kit's {@code restrict_to_area}). <em>Target</em>:
 * where a checked file goes ({@code saveAs}, relative to the region folder).
 *
 * <p>Design. {@link org.ruralaccess.ingest.fetch.FetchPlanReader} validates the {@code fetch:}
 * section into a {@link org.ruralaccess.ingest.fetch.FetchPlan}, reporting every error with its
 * line. {@link org.ruralaccess.ingest.fetch.RegionFetcher} downloads each file to a hidden partial
 * sibling of its target ({@link org.ruralaccess.ingest.fetch.Downloader}: read timeout, retries
 * with back-off, resume with {@code Range}/{@code If-Range} within a run and across runs,
 * Content-Length and Geofabrik's published MD5 checked), checks it (a GTFS zip with the required
 * files, an OSM PBF whose first blob is {@code OSMHeader}, never an HTML error page), clips GTFS
 * with {@link org.ruralaccess.ingest.fetch.GtfsClipper}, and renames into place: a target is either
 * the old file or the new checked one, never half-written. When a server cannot be reached at all,
 * {@link org.ruralaccess.ingest.fetch.SourceUnreachableException} lets the CLI print {@link
 * org.ruralaccess.ingest.fetch.FetchInstructions} (what to download by hand and where to put it)
 * instead of an error. The clipper streams: a regional BODS feed has millions of stop_times rows,
 * read twice rather than held, and only sets of ids stay in memory.
 */
package org.ruralaccess.ingest.fetch;
