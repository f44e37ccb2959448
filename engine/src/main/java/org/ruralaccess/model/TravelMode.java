package org.ruralaccess.model;

import java.util.Locale;

/** How people travel in a request. TRANSIT includes walking to, between and from stops. */
public enum TravelMode {
  TRANSIT,
  WALK,
  BIKE,
  CAR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
