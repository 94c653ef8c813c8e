package org.leoprotocol.protocol.triage;

import java.util.Optional;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.RiskFactor;

/**
 * Dependence on medication or drugs, prescribed or illegal, can become life-threatening with every missed dose (NCMEC
 * unusual circumstance 4; IC 5-2-17-1 "needs prescription medication").
 */
final class MedicationDependencyPolicy implements PriorityPolicy {

	@Override
	public Optional<PriorityReason> assess(IncidentKind kind, PersonAtRisk person) {
		if (!person.has(RiskFactor.MEDICATION_DEPENDENT)) {
			return Optional.empty();
		}
		return Optional.of(new PriorityReason(Priority.HIGH, "dependent on medication or drugs",
				"NCMEC unusual circumstance 4"));
	}
}
