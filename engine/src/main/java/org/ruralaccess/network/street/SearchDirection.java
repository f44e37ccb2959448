package org.ruralaccess.network.street;

/**
 * Which way a street search runs. {@link #FORWARD} gives times from the origin to every node;
 * {@link #REVERSE} gives times from every node to the origin (egress), which differs from forward
 * only where one-way streets or one-way access tags apply.
 */
public enum SearchDirection {
  FORWARD,
  REVERSE
}
