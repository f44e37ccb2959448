/**
 * Joins the transit network to the streets: each stop snapped to the walk network ({@link
 * org.ruralaccess.network.link.StopLinks}) and the walking transfers between nearby stops
 * precomputed on real streets ({@link org.ruralaccess.network.link.StopTransfers}), stored as
 * meters so a request's walk speed decides the seconds.
 */
package org.ruralaccess.network.link;
