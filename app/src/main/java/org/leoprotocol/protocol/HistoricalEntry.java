package org.leoprotocol.protocol;

import java.time.Instant;

/**
 * One thing that happened: a dispatch event (badge required), a body-camera segment boundary (badge and device), a
 * protocol step done (step code, and the badge of whoever did it) or a description broadcast.
 */
public record HistoricalEntry(Instant at, TimelineEventType type, String badge, String device, String step,
		String detail) {
}
