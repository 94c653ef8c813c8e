package org.leoprotocol.protocol.triage;

import java.util.Optional;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.Priority;

/**
 * An injured person needs medical attention (IC 5-2-17-1); a medical emergency is a life-threatening situation (NCMEC
 * unusual circumstance 6) and makes the incident critical.
 */
final class MedicalConditionPolicy implements PriorityPolicy {

	@Override
	public Optional<PriorityReason> assess(IncidentKind kind, PersonAtRisk person) {
		return switch (person.condition()) {
			case MEDICAL_EMERGENCY -> Optional.of(new PriorityReason(Priority.CRITICAL, "medical emergency",
					"NCMEC unusual circumstance 6"));
			case INJURED -> Optional.of(new PriorityReason(Priority.HIGH, "injured, needs medical attention",
					"IC 5-2-17-1"));
			default -> Optional.empty();
		};
	}
}
