package org.ruralaccess.scenario;

/**
 * One change of a scenario, R5 style: it is resolved against the baseline, adding every problem to
 * a list of errors (each starting "line N: "), and applied only when every modification of the
 * scenario resolved cleanly, and only ever to a copy. A change is either to the timetables ({@link
 * TransitModification}) or to the community transport schemes ({@link SchemeModification}).
 */
public sealed interface Modification permits TransitModification, SchemeModification {

  /** The line of the modification in the scenario file. */
  int line();
}
