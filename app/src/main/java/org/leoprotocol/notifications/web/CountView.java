package org.leoprotocol.notifications.web;

/**
 * The count of unacknowledged notices in the header of every staff page. While {@code polling}, the fragment asks again
 * every few seconds at {@code next}; it stops after a while so that a screen left open still reaches the idle limit of
 * its session.
 */
public record CountView(long unread, String next, boolean polling) {
}
