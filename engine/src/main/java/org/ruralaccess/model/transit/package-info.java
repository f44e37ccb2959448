/**
 * A timetable as rows ({@link org.ruralaccess.model.transit.TransitTables}): what the GTFS reader
 * produces (every time known, frequencies expanded, ids namespaced by feed) and what a scenario's
 * working copy hands back; {@code network.transit} lays them out as column stores.
 */
package org.ruralaccess.model.transit;
