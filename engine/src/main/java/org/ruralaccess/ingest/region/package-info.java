/**
 * The study region's configuration, {@code region.yaml}: which feeds and street extract make the
 * network, and the region's build and routing defaults. Typed records, validated at load with every
 * error reported at once with its line.
 */
package org.ruralaccess.ingest.region;
