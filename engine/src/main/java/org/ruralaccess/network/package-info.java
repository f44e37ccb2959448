/**
 * The region's routable network. Terms: <em>streets</em> (walk, bike and car graph),
 * <em>transit</em> (stops, patterns, trips and calendars as column stores), <em>stop links</em>
 * (where stops join the walk network), <em>transfers</em> (stop-to-stop walks). {@link
 * org.ruralaccess.network.build.NetworkBuilder} makes them from a region's inputs; {@code
 * network.store} writes and reads them as one versioned file.
 */
package org.ruralaccess.network;
