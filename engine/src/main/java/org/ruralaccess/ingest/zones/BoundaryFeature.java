package org.ruralaccess.ingest.zones;

import java.nio.file.Path;
import org.locationtech.jts.geom.Geometry;

/**
 * One zone as its boundary file describes it, before population, deprivation and origin are added.
 *
 * @param featureIndex 0-based position in the file's {@code features} array
 * @param studyAreaValue the value of the study-area property, or null when none is configured
 * @param geometry a valid Polygon or MultiPolygon, WGS84, x = longitude, y = latitude
 */
record BoundaryFeature(
    Path file,
    int featureIndex,
    String code,
    String name,
    String studyAreaValue,
    Geometry geometry) {}
