package org.leoprotocol.engagement;

import java.util.UUID;

/** The people confirmed or waiting for an event changed; counts only, for a portal read model. */
public record EventRegistrationsChanged(UUID eventId, long confirmedPeople, long waitingPeople) {
}
