package org.ruralaccess.scenario;

import java.util.OptionalInt;

/**
 * Driving time between two points on the street network, for running times a planner leaves to be
 * derived ({@code add-route} without {@code runningMinutes}). Supplied by the analysis layer, which
 * has the streets; empty when no car route joins the points.
 */
@FunctionalInterface
public interface CarTimes {
  OptionalInt seconds(double fromLat, double fromLon, double toLat, double toLon);
}
