package org.leoprotocol.engagement.web;

/** One event with its registration form; {@code open} is false once the event has begun. */
public record EventView(EventCard event, boolean open, FormValues form, String refusal) {
}
