package org.ruralaccess.network;

/**
 * A network with an edited timetable, ready to route on.
 *
 * @param stopsLinkedAnew stops the baseline lacked, linked to the streets for this copy (the rest
 *     reuse the baseline's links)
 */
public record EditedNetwork(Network network, int stopsLinkedAnew) {}
