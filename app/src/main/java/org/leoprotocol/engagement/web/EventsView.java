package org.leoprotocol.engagement.web;

import java.util.List;

/** The public list of upcoming events. */
public record EventsView(List<EventCard> events) {
}
