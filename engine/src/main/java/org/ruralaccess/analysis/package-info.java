/**
 * Travel-time analysis over the network. Terms (R5's): <em>origin</em> and <em>destination</em>
 * points, linked to the streets once per point set and mode; a <em>departure window</em> of one
 * departure per step; <em>access</em> (origin to stops), <em>egress</em> (stops to destinations,
 * precomputed once per destination set); <em>percentiles</em> of travel time over the window.
 * Travel time is arrival at the destination minus the departure minute at the origin, initial wait
 * included.
 */
package org.ruralaccess.analysis;
