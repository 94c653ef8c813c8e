package org.leoprotocol.engagement;

import java.time.Instant;
import java.util.UUID;

/** A person's registration for an event. Name and address are personal data: staff only, and every read audited. */
public record Registration(UUID id, UUID eventId, String name, String email, int partySize, RegistrationStatus status,
		Instant registeredAt) {
}
