/**
 * Scenario comparison. Terms: the <em>baseline</em> (the stored network) and the <em>scenario</em>
 * (a copy with the modifications of a scenario file applied); a zone <em>gains</em> access to a
 * category within a cutoff when its origin reaches the nearest destination within the cutoff in the
 * scenario but not in the baseline. Design: only transit is recomputed, and the scenario reuses the
 * baseline's street links and transfers except for stops it adds ({@link
 * org.ruralaccess.network.link.IncrementalRelinker}).
 */
package org.ruralaccess.analysis.comparison;
