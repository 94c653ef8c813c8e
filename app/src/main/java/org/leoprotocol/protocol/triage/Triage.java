package org.leoprotocol.protocol.triage;

import java.util.List;
import java.util.Optional;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.incident.PersonAtRisk;

/**
 * Computes an incident's priority from the person's age, condition and risk factors by asking every
 * {@link PriorityPolicy}; the highest priority wins and every reason is kept, so the board shows why.
 */
public final class Triage {

	public static final Triage STANDARD = new Triage(List.of(new YoungChildPolicy(), new UnderTwentyOnePolicy(),
			new DiminishedCapacityPolicy(), new MedicalConditionPolicy(), new MedicationDependencyPolicy(),
			new EndangermentPolicy(), new CircumstancePolicy()));

	private final List<PriorityPolicy> policies;

	Triage(List<PriorityPolicy> policies) {
		this.policies = List.copyOf(policies);
	}

	public PriorityAssessment assess(IncidentKind kind, PersonAtRisk person) {
		return PriorityAssessment.of(policies.stream().map(policy -> policy.assess(kind, person))
			.flatMap(Optional::stream).toList());
	}
}
