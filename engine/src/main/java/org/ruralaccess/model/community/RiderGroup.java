package org.ruralaccess.model.community;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.ruralaccess.model.zone.AgeRange;

/**
 * Who is travelling, for community transport eligibility: the general public (only schemes open to
 * everyone), older residents (schemes for 60+), disabled residents, or registered members of the
 * schemes. Scheduled buses carry every group.
 */
public enum RiderGroup {
  GENERAL(EnumSet.noneOf(Eligibility.Group.class)),
  OLDER(EnumSet.of(Eligibility.Group.AGE_60_PLUS)),
  DISABLED(EnumSet.of(Eligibility.Group.DISABLED)),
  MEMBER(EnumSet.of(Eligibility.Group.REGISTERED_MEMBERS));

  /** The ages of older riders: the schemes' and the concessionary pass's 60 and over. */
  public static final AgeRange OLDER_AGES = AgeRange.andOver(60);

  private final Set<Eligibility.Group> groups;

  RiderGroup(Set<Eligibility.Group> groups) {
    this.groups = groups;
  }

  /** The eligibility groups this rider belongs to (none beyond the public for GENERAL). */
  public Set<Eligibility.Group> eligibilityGroups() {
    return EnumSet.copyOf(groups.isEmpty() ? EnumSet.noneOf(Eligibility.Group.class) : groups);
  }

  public boolean mayUse(Eligibility eligibility) {
    return eligibility.admits(groups);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads general, older, disabled or member. */
  public static RiderGroup parse(String text) {
    for (RiderGroup group : values()) {
      if (group.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return group;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a rider group; use general, older, disabled or member");
  }
}
