package org.ruralaccess.model.community;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which rider groups may use a scheme. A rider belongs to one or more groups; the scheme admits the
 * rider when the sets meet. {@link Group#EVERYONE} admits every rider.
 */
public record Eligibility(Set<Group> groups) {

  public enum Group {
    EVERYONE,
    AGE_60_PLUS,
    DISABLED,
    REGISTERED_MEMBERS
  }

  public Eligibility {
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("eligibility needs at least one group");
    }
    groups = Collections.unmodifiableSet(EnumSet.copyOf(groups));
  }

  public static Eligibility everyone() {
    return new Eligibility(EnumSet.of(Group.EVERYONE));
  }

  /** True when a rider in {@code riderGroups} may travel. */
  public boolean admits(Set<Group> riderGroups) {
    return groups.contains(Group.EVERYONE) || riderGroups.stream().anyMatch(groups::contains);
  }
}
