package org.ruralaccess.support;

/**
 * A key part compared by identity, for memos keyed by objects that have no value equality worth
 * paying for (a network, a set of links, a zone set): equal only to a wrapper of the very same
 * object.
 */
public record SameObject(Object value) {

  @Override
  public boolean equals(Object other) {
    return other instanceof SameObject same && same.value == value;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(value);
  }
}
