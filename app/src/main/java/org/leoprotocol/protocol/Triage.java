package org.leoprotocol.protocol;

import java.util.List;
import java.util.Optional;

/**
 * Computes an incident's priority from the person's age, condition and risk factors by asking every
 * {@link PriorityPolicy}; the highest priority wins and every reason is kept, so the board shows why.
 */
final class Triage {

	static final Triage STANDARD = new Triage(List.of(new YoungChildPolicy(), new UnderTwentyOnePolicy(),
			new DiminishedCapacityPolicy(), new MedicalConditionPolicy(), new MedicationDependencyPolicy(),
			new EndangermentPolicy(), new CircumstancePolicy()));

	private final List<PriorityPolicy> policies;

	Triage(List<PriorityPolicy> policies) {
		this.policies = List.copyOf(policies);
	}

	PriorityAssessment assess(IncidentKind kind, PersonAtRisk person) {
		return PriorityAssessment.of(policies.stream().map(policy -> policy.assess(kind, person))
			.flatMap(Optional::stream).toList());
	}
}
