/**
 * Community transport as the engine models it, whatever it was read from (GTFS-Flex v2 or a
 * planner's scheme file): {@link org.ruralaccess.model.community.Scheme}s (dial-a-ride, volunteer
 * car, fixed-route community bus, GTFS-Flex trip) with service areas, stops, operating days,
 * windows, booking rule, eligibility and in-vehicle time; and how one request may use them ({@link
 * org.ruralaccess.model.community.CommunityTransportRequest}: rider group and booking assumption).
 */
package org.ruralaccess.model.community;
