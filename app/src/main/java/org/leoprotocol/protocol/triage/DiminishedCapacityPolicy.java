package org.leoprotocol.protocol.triage;

import java.util.Optional;

import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.RiskFactor;

/**
 * A person who is mentally diminished (dementia, autism, intellectual disability) or found disoriented cannot be relied
 * on to return to safety or to answer searchers (NCMEC unusual circumstance 3; IC 5-2-17-1 "mentally impaired";
 * Koester: about half of dementia wanderers not found within 24 hours come to serious harm).
 */
final class DiminishedCapacityPolicy implements PriorityPolicy {

	@Override
	public Optional<PriorityReason> assess(IncidentKind kind, PersonAtRisk person) {
		if (person.has(RiskFactor.MENTALLY_DIMINISHED)) {
			return Optional
				.of(new PriorityReason(Priority.HIGH, "mentally diminished", "NCMEC unusual circumstance 3"));
		}
		if (person.condition() == Condition.DISORIENTED) {
			return Optional.of(new PriorityReason(Priority.HIGH, "disoriented", "NCMEC unusual circumstance 3"));
		}
		return Optional.empty();
	}
}
