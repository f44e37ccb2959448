package org.ruralaccess.network.street;

/** How a traveller moves on the street network; each mode has its own OSM access rules. */
public enum StreetMode {
  WALK,
  BIKE,
  CAR
}
