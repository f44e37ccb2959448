package org.ruralaccess.scenario;

import java.util.List;

/** A named "what if": modifications applied in file order to a copy of the baseline network. */
public record Scenario(String name, String description, List<Modification> modifications) {

  public Scenario {
    modifications = List.copyOf(modifications);
  }
}
