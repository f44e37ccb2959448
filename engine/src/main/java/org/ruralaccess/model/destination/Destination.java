package org.ruralaccess.model.destination;

/**
 * A place people need to reach: a school, a college, a GP practice, a hospital, a workplace, a food
 * store, a town centre, or a point carrying opportunity counts.
 *
 * @param id the source's id (GIAS URN, ODS code, ...)
 * @param category one of {@link DestinationCategory}'s names
 * @param weight opportunities at this place (1 for a single service; jobs for a workplace)
 */
public record Destination(
    String id, String name, String category, double lat, double lon, double weight) {}
