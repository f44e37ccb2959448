/**
 * Travel-time analysis over a network, split by job: {@code matrix} (travel times from origins to
 * destinations over a departure window), {@code community} (community transport legs inside those
 * searches), {@code indicators} (per-zone accessibility indicators and equity tables), {@code
 * accessibility} (the per-mode, per-rider-group run behind {@code rae accessibility}), {@code
 * comparison} (baseline against scenario), {@code table} (result tables for the writers). No file
 * formats and no faces here.
 *
 * <p>Terms (R5's): <em>origin</em> and <em>destination</em> points, linked to the streets once per
 * point set and mode; a <em>departure window</em> of one departure per step; <em>access</em>
 * (origin to stops), <em>egress</em> (stops to destinations, precomputed once per destination set);
 * <em>percentiles</em> of travel time over the window. Travel time is arrival at the destination
 * minus the departure minute at the origin, initial wait included.
 */
package org.ruralaccess.analysis;
