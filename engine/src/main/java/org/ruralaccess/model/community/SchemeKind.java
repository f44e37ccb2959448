package org.ruralaccess.model.community;

/** What sort of service a scheme is; decides which of its fields carry meaning. */
public enum SchemeKind {
  /** Door to door within an area on booking, with a minibus; planner scheme files. */
  DIAL_A_RIDE,
  /** Door to door within an area, driven by volunteers in their own cars; planner scheme files. */
  VOLUNTEER_CAR,
  /** A community bus on a timetable: stops with times, no area. */
  FIXED_ROUTE,
  /** A GTFS-Flex trip made only of zones or location groups (on demand). */
  FLEX_ZONE,
  /** A GTFS-Flex trip mixing timed stops with zones (route deviation). */
  FLEX_DEVIATED
}
