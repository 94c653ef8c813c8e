package org.leoprotocol.protocol.triage;

import java.util.Optional;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.Priority;

/**
 * A child of 13 or younger is at risk by age alone: the first of the NCMEC "unusual circumstances", which call for a
 * supervisor and an investigator at once.
 */
final class YoungChildPolicy implements PriorityPolicy {

	static final int AGE_LIMIT = 13;

	@Override
	public Optional<PriorityReason> assess(IncidentKind kind, PersonAtRisk person) {
		if (person.age() == null || person.age() > AGE_LIMIT) {
			return Optional.empty();
		}
		return Optional.of(new PriorityReason(Priority.HIGH, "child aged " + person.age() + ", 13 or younger",
				"NCMEC unusual circumstance 1"));
	}
}
