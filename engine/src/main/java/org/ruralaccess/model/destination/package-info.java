/**
 * Places people need to reach, with their source ids (URN, ODS code...), and the categories the
 * engine knows ({@link org.ruralaccess.model.destination.DestinationCategory}), each with its DfT
 * JTS code and its users (the age bands that weight per-zone indicators).
 */
package org.ruralaccess.model.destination;
