package org.ruralaccess.model.destination;

import java.util.List;
import java.util.TreeSet;

/** Destinations of all categories, in a fixed order (category, then id). */
public record DestinationSet(List<Destination> destinations) {

  public int size() {
    return destinations.size();
  }

  public Destination destination(int index) {
    return destinations.get(index);
  }

  /** Categories present, sorted. */
  public List<String> categories() {
    TreeSet<String> categories = new TreeSet<>();
    destinations.forEach(d -> categories.add(d.category()));
    return List.copyOf(categories);
  }
}
