package org.ruralaccess.network.build;

import java.util.List;
import java.util.Map;
import org.ruralaccess.model.issue.ImportIssue;

/**
 * What a build produced and what it found wrong: counts (stops, patterns, trips, service dates,
 * street nodes and edges, stops that could not be linked) and every data problem. Written as JSON,
 * and the problems with a location also as GeoJSON, by the export layer.
 *
 * @param counts named counts in a fixed, readable order
 */
public record BuildReport(
    String regionName, Map<String, Object> counts, List<ImportIssue> issues) {}
